import os
os.environ.setdefault('TQDM_DISABLE', '1')   # no progress bars in test logs

def pytest_addoption(parser):
    parser.addoption('--nb-flags', default='', help="space-separated notebook test flags to run anyway, e.g. 'slow'")
