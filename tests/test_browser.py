"""End-to-end test of the tutorial in a real browser on a real JupyterLab.

What it proves, beyond `test_notebooks.py` (which runs the notebooks headless, without a frontend):

1. the tutorial runs top to bottom from JupyterLab's own *Run → Run All Cells*, with the project's
   kernel, without an error output;
2. the JupyterLab extensions it relies on are installed and work: ipywidgets renders its controls
   and plotly's `FigureWidget` (rendered through anywidget) draws figures;
3. the interactive part is live, a browser → kernel → browser round trip: choosing 'source' in the
   last output's "colour by" dropdown makes the kernel rebuild the scatter plot's traces, and the
   browser's legend then reads exactly 'synthetic' and 'real'; choosing 'class' brings back one legend
   entry per class (more than two).

How: copy the notebook into a temporary folder, start `jupyter lab` on it (free localhost port, random
token, isolated Jupyter config/settings, a kernelspec pinned to this interpreter, no network checks),
drive Debian's chromium through Playwright's sync API, then always stop the browser, the server and
its kernels. A full-page screenshot goes to tests/artifacts/browser-tutorial.png and the timings to
tests/artifacts/browser-timings.json.

Needs /usr/bin/chromium and the `playwright` package; without them the test is skipped, unless the
environment variable CI is 'true' (CI installs both, so there a missing tool fails the test).
Environment: DIPKD_BROWSER_NB runs another notebook with the same contract (for developing the test);
DIPKD_BROWSER_TIMEOUT (seconds, default 900) bounds the run of all cells.
"""
import json, os, re, secrets, shutil, signal, socket, subprocess, sys, time, urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from dipkd.data import FMNIST_CLASSES

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT/'tools'))
from kernelspec import pin_kernel
NOTEBOOK = ROOT/'nbs'/'tutorials'/'first_run.ipynb'
ARTIFACTS = ROOT/'tests'/'artifacts'
CHROMIUM = '/usr/bin/chromium'
CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                 '--disable-background-networking', '--disable-component-update', '--disable-sync']
RUN_TIMEOUT = float(os.environ.get('DIPKD_BROWSER_TIMEOUT', 900))   # seconds for Run All Cells
ROUND_TRIP_TIMEOUT = 120                                             # seconds for each dropdown change

# JupyterLab user settings for the isolated server: every cell attached to the DOM (so that a DOM
# scan sees every prompt), and no news / update checks (they would try the network).
LAB_SETTINGS = {
    '@jupyterlab/notebook-extension/tracker.jupyterlab-settings': {'windowingMode': 'none'},
    '@jupyterlab/apputils-extension/notification.jupyterlab-settings': {'fetchNews': 'false',
                                                                         'checkForUpdates': False},
}

def _require(ok, reason):
    "Skip when a tool is missing, but fail in CI, which installs every tool."
    if ok: return
    if os.environ.get('CI', '').lower() == 'true': pytest.fail(f'{reason} (CI=true, so this is a failure)')
    pytest.skip(reason)

def _free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]

def _api(base, token, path, method='GET', timeout=5):
    req = urllib.request.Request(f'{base}/api/{path}', method=method,
                                 headers={'Authorization': f'token {token}'})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        body = r.read()
    return json.loads(body) if body else None

def _tail(path, n=4000):
    try: return path.read_text(errors='replace')[-n:]
    except OSError: return ''

def _descendants(pid):
    "Ids of every process below `pid` (Linux /proc)."
    children = {}
    for stat in Path('/proc').glob('[0-9]*/stat'):
        try: fields = stat.read_text().rsplit(')', 1)[1].split()
        except (OSError, IndexError): continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        kids = children.get(todo.pop(), [])
        found += kids; todo += kids
    return found

def _alive(pid):
    try: return Path(f'/proc/{pid}/stat').read_text().rsplit(')', 1)[1].split()[0] not in 'ZX'   # zombie: done
    except (OSError, IndexError): return False

def _kill_tree(proc):
    """Stop `proc` and every process it started: the kernels run in sessions of their own, so killing
    the server's process group would miss them. SIGTERM first (the server shuts its kernels down), then
    SIGKILL whatever is left after 10 s."""
    pids = _descendants(proc.pid)
    proc.terminate()
    try: proc.wait(10)
    except subprocess.TimeoutExpired: proc.kill(); proc.wait(5)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids + _descendants(proc.pid):
            try: os.kill(pid, sig)
            except ProcessLookupError: pass
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in pids) and time.monotonic() < deadline: time.sleep(0.1)

@contextmanager
def jupyter_lab(root, work):
    """Run `jupyter lab` on `root`; yield (base_url, token). Config, settings, workspaces and runtime
    files live under `work`, and its kernelspec 'python3' runs this interpreter."""
    port, token = _free_port(), secrets.token_hex(24)
    cfg, data, runtime = work/'config', work/'data', work/'runtime'
    for rel, settings in LAB_SETTINGS.items():
        f = cfg/'lab'/'user-settings'/rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(json.dumps(settings))
    (work/'tmp').mkdir()                                 # the kernel's temporary files (the tutorial's run folder, about 80 MB) go with the test's folder
    env = {**os.environ, 'TMPDIR': str(work/'tmp'), 'JUPYTER_CONFIG_DIR': str(cfg), 'JUPYTER_RUNTIME_DIR': str(runtime),
           'JUPYTER_PATH': pin_kernel(data),
           'JUPYTERLAB_SETTINGS_DIR': str(cfg/'lab'/'user-settings'),
           'JUPYTERLAB_WORKSPACES_DIR': str(cfg/'lab'/'workspaces')}
    cmd = [sys.executable, '-m', 'jupyter', 'lab', '--no-browser', '--ip=127.0.0.1', f'--port={port}',
           '--ServerApp.port_retries=0', f'--IdentityProvider.token={token}', '--ServerApp.password=',
           f'--ServerApp.root_dir={root}', '--LabApp.news_url=None',
           '--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate',
           '--LanguageServerManager.autodetect=False']
    if hasattr(os, 'geteuid') and os.geteuid() == 0: cmd.append('--allow-root')
    log = work/'jupyter-lab.log'
    base = f'http://127.0.0.1:{port}'
    with open(log, 'wb') as out:
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None: pytest.fail(f'jupyter lab exited with {proc.returncode}:\n{_tail(log)}')
            try:
                _api(base, token, 'status', timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline: pytest.fail(f'jupyter lab did not answer in 120 s:\n{_tail(log)}')
                time.sleep(0.25)
        yield base, token
    except BaseException:
        print(f'--- jupyter lab log (tail) ---\n{_tail(log)}')
        raise
    finally:
        _kill_tree(proc)

# --- reading the page -------------------------------------------------------------------------

def _prompts(page):
    "Input prompts of the code cells, e.g. ['[1]:', '[*]:', '[ ]:']."
    return [t.strip() for t in page.locator('.jp-Notebook .jp-CodeCell .jp-InputPrompt').all_inner_texts()]

def _kernel_idle(base, token):
    kernels = _api(base, token, 'kernels')
    return bool(kernels) and all(k['execution_state'] == 'idle' for k in kernels)

def _wait(what, cond, timeout, poll=0.5, detail=None):
    "Poll `cond()` until it is true; fail after `timeout` seconds (with `detail()` appended, if given)."
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            pytest.fail(f'timed out after {timeout:.0f} s waiting for {what}' + (f'; {detail()}' if detail else ''))
        time.sleep(poll)

def _busy_cell(page):
    "Which cell is still running, for a timeout message; it is also scrolled into view for the screenshot."
    cells = page.locator('.jp-Notebook .jp-CodeCell')
    for i, p in enumerate(_prompts(page)):
        if p == '[*]:':
            cell = cells.nth(i); cell.scroll_into_view_if_needed()
            first = (cell.locator('.jp-InputArea-editor').inner_text().strip().splitlines() or [''])[0]
            return f'code cell {i} is still running: {first[:120]!r}'
    return 'no cell shows [*]'

def _legend(fig):
    "Legend entries of a plotly figure (SVG text, hence text_content rather than inner_text)."
    return [t.strip() for t in fig.locator('.legend .legendtext').all_text_contents()]

def _save_and_check(page, nb):
    """Save the notebook from the browser, then read the saved file: every non-empty code cell must
    have run, and no output may be an error (the DOM cannot tell an error from plain stderr)."""
    before = nb.stat().st_mtime_ns
    page.locator('.lm-MenuBar-itemLabel', has_text=re.compile(r'^File$')).click()
    page.locator('.lm-Menu-itemLabel', has_text=re.compile(r'^Save Notebook$')).click()
    saved = []
    def read():
        if nb.stat().st_mtime_ns == before: return False
        try: saved.append(json.loads(nb.read_text()))   # the server replaces the file atomically
        except ValueError: return False
        return True
    _wait('the notebook to be saved', read, 60, poll=0.2)
    cells = [c for c in saved[-1]['cells'] if c['cell_type'] == 'code']
    def src(c): return ''.join(c['source']) if isinstance(c['source'], list) else c['source']
    errors = [(i, o) for i, c in enumerate(cells) for o in c.get('outputs', []) if o['output_type'] == 'error']
    if errors:
        i, o = errors[0]
        tb = re.sub(r'\x1b\[[0-9;]*m', '', '\n'.join(o.get('traceback', [])))
        pytest.fail(f'code cell {i} raised {o["ename"]}: {o["evalue"]}\n{src(cells[i])[:500]}\n---\n{tb[-3000:]}')
    unrun = [i for i, c in enumerate(cells) if src(c).strip() and c.get('execution_count') is None]
    assert not unrun, f'code cells {unrun} (counting code cells from 0) did not run: Run All Cells stopped early'

# --- the test ---------------------------------------------------------------------------------

def test_tutorial_in_browser(tmp_path):
    _require(Path(CHROMIUM).exists(), f'{CHROMIUM} is missing (apt-get install chromium)')
    try: from playwright.sync_api import sync_playwright
    except ImportError: sync_playwright = None
    _require(sync_playwright is not None, 'the playwright package is missing (pip install playwright)')
    nb_src = Path(os.environ.get('DIPKD_BROWSER_NB') or NOTEBOOK)
    _require(nb_src.exists(), f'{nb_src} does not exist')

    root, work = tmp_path/'root', tmp_path/'work'
    root.mkdir(); work.mkdir()
    nb = root/nb_src.name
    shutil.copy(nb_src, nb)
    times, t0 = {}, time.monotonic()
    mark = [t0]
    def lap(name):
        now = time.monotonic()
        times[name], mark[0] = round(now - mark[0], 1), now

    try:
        with jupyter_lab(root, work) as (base, token):
            lap('server_start_s')
            with sync_playwright() as p:
                ctx = p.chromium.launch_persistent_context(str(work/'chromium-profile'), executable_path=CHROMIUM,
                                                           headless=True, args=CHROMIUM_ARGS,
                                                           viewport={'width': 1400, 'height': 1000})
                try:
                    page = ctx.pages[0] if ctx.pages else ctx.new_page()
                    page.set_default_timeout(60_000)
                    console = []
                    page.on('console', lambda m: m.type == 'error' and console.append(m.text))
                    page.on('pageerror', lambda e: console.append(f'uncaught: {e}'))
                    try:
                        _drive(page, base, token, nb, lap)
                        uncaught = [m for m in console if m.startswith('uncaught: ') and 'ResizeObserver loop' not in m]   # (Chromium's harmless resize notice)
                        assert not uncaught, 'the page raised: ' + '; '.join(uncaught[:5])   # (console errors from extensions are only printed)
                    finally:
                        ARTIFACTS.mkdir(parents=True, exist_ok=True)
                        try: page.screenshot(path=str(ARTIFACTS/'browser-tutorial.png'), full_page=True)
                        except Exception as e: print(f'screenshot failed: {e}')
                        if console: print('--- browser console errors ---\n' + '\n'.join(console[-30:]))
                finally:
                    ctx.close()
        times['passed'] = True
    finally:   # timings also on failure: they show how far it got
        times['total_s'] = round(time.monotonic() - t0, 1)
        print('\nbrowser test timings: ' + ', '.join(f'{k} {v}' for k, v in times.items()))
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS/'browser-timings.json').write_text(
            json.dumps({'notebook': nb_src.name, 'passed': False, **times}, indent=1) + '\n')

def _drive(page, base, token, nb, lap):
    # 1. open the notebook; wait for its cells and an idle kernel
    page.goto(f'{base}/lab/tree/{nb.name}?token={token}', wait_until='domcontentloaded')
    page.locator('.jp-NotebookPanel .jp-Notebook .jp-Cell').first.wait_for(timeout=120_000)
    def kernel_ready():
        dialog = page.locator('.jp-Dialog')   # only if the notebook names a kernel this server lacks
        if dialog.count() and 'Select Kernel' in dialog.first.inner_text():
            dialog.locator('button.jp-mod-accept').click()
        return _kernel_idle(base, token)
    _wait('the kernel to start', kernel_ready, 120)
    page.locator('.jp-NotebookPanel .jp-Notebook-ExecutionIndicator[data-status="idle"]').first.wait_for()
    lap('page_load_s')

    # 2. Run -> Run All Cells. Finished when no prompt reads '[*]' (queued or running) and the server
    #    reports the kernel idle, on two polls in a row. An error also ends the run (IPython aborts the
    #    queued cells), so the saved notebook is checked for error outputs and cells that did not run.
    page.locator('.jp-NotebookPanel .jp-Notebook').first.click(position={'x': 5, 'y': 5})   # focus it
    page.locator('.lm-MenuBar-itemLabel', has_text=re.compile(r'^Run$')).click()
    page.locator('.lm-Menu-itemLabel', has_text=re.compile(r'^Run All Cells$')).click()
    calm = []
    def finished():
        calm.append('[*]:' not in _prompts(page) and _kernel_idle(base, token))
        return calm[-2:] == [True, True]
    _wait('Run All Cells to finish', finished, RUN_TIMEOUT, poll=1, detail=lambda: _busy_cell(page))
    _save_and_check(page, nb)
    lap('run_all_s')

    # 3. widgets rendered: ipywidgets controls and plotly figures (ipywidgets' placeholder for one that failed has the same class, so its text is looked for too)
    assert page.locator('.jp-Notebook .jupyter-widgets').count(), 'no ipywidgets widget rendered'
    failed = page.locator('.jp-Notebook .jp-OutputArea-output', has_text='Error displaying widget')
    assert not failed.count(), f'{failed.count()} widget(s) failed to render: {failed.first.inner_text()[:300]}'
    gallery = page.locator('.jp-Notebook .jp-OutputArea-output', has=page.locator('.widget-dropdown', has=page.locator('label', has_text=re.compile(r'^\s*stage\s*$'))))
    assert gallery.count() and gallery.first.locator('img').count(), 'the gallery (its stage menu and its page of images) was not rendered'
    _wait("the gallery's page of images to be drawn", lambda: gallery.first.locator('img').first.evaluate('i => i.complete && i.naturalWidth > 0'), 30)
    plots = page.locator('.jp-Notebook .js-plotly-plot').count()
    assert plots >= 3, f'{plots} plotly figures rendered: expected the dashboard, the diversity panel and the explorer'

    # 4. round trip: the last output's 'colour by' dropdown recolours the FigureWidget beside it
    dropdown = page.locator('.widget-dropdown', has=page.locator('label', has_text=re.compile(r'^\s*colour by\s*$')))
    out = page.locator('.jp-Notebook .jp-OutputArea-output', has=dropdown).last
    out.wait_for()
    out.scroll_into_view_if_needed()
    select, fig = out.locator('.widget-dropdown select').first, out.locator('.js-plotly-plot').first
    fig.locator('.legend .legendtext').first.wait_for()
    select.select_option(label='source')
    _wait("the legend to read 'synthetic', 'real'", lambda: sorted(_legend(fig)) == ['real', 'synthetic'],
          ROUND_TRIP_TIMEOUT)
    select.select_option(label='class')
    _wait('the legend to list the classes', lambda: sorted(_legend(fig)) == sorted(FMNIST_CLASSES),
          ROUND_TRIP_TIMEOUT)
    lap('round_trip_s')

    # 5. hover: pointing at a marker sends plotly's hover event to the kernel, which puts that point's
    #    image and description beside the map (caption: '<class><br><source> #<index>')
    caption = out.locator('.widget-html', has_text=re.compile('hover over or click a point')).first
    caption.wait_for()
    points = fig.locator('.scatterlayer .trace .points path')
    hovered = []
    def hover_shows_image():
        box = points.nth(len(hovered) * 37 % points.count()).bounding_box()
        hovered.append(box)
        if box: page.mouse.move(box['x'] + box['width'] / 2, box['y'] + box['height'] / 2)
        txt = out.locator('.widget-html').last.inner_text()
        return re.search(r'(synthetic|real) #\d+', txt) is not None
    _wait('a hovered point to show its image', hover_shows_image, ROUND_TRIP_TIMEOUT, poll=1)
    lap('hover_s')
    page.wait_for_timeout(1500)   # the kernel's answer to the last hover too, so that the screenshot's caption is the point under the pointer
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS/'browser-explorer.png'))

    # 6. the dashboard's final state (for the README and for looking at)
    dash = page.locator('.jp-Notebook .jp-OutputArea-output', has=page.locator('.widget-html', has_text='dashboard overhead')).first
    dash.scroll_into_view_if_needed()
    status = dash.locator('.widget-html', has_text='dashboard overhead').first.inner_text()
    assert re.match(r'done · dipkd · student test accuracy \d+\.\d\d %', status), f'the dashboard did not report the finished run: {status!r}'
    dash.screenshot(path=str(ARTIFACTS/'browser-dashboard.png'))
