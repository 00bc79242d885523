#!/usr/bin/env python3
"""The real AWS CLI's verdict on each command, in one process (the differential test's oracle).

Reads a JSON list of shell command strings on stdin (each starting with `aws `), runs each through
awscli's own driver against an endpoint that refuses connections, and prints a JSON list of
{"ok": bool, "msg": last line of stderr}. "Could not connect" means the CLI accepted the command
(its parsing and parameter validation passed); anything else is a rejection. Each command is split
into words by bash itself (quote removal, brace expansion), as a script would run it; a command
holding a `$`, a backtick, a redirection or another shell operator is split by shlex instead, which
keeps `$NAME` as one word (a script would set it, where bash here would drop it) and runs nothing.
"""
import contextlib
import io
import json
import os
import shlex
import subprocess
import sys

os.environ.update(AWS_ACCESS_KEY_ID='AKIDUMMY', AWS_SECRET_ACCESS_KEY='dummy', AWS_DEFAULT_REGION='us-east-1',
                  AWS_MAX_ATTEMPTS='1', AWS_RETRY_MODE='standard', AWS_CONFIG_FILE='/dev/null',
                  AWS_SHARED_CREDENTIALS_FILE='/dev/null', AWS_PAGER='')
os.environ.pop('AWS_PROFILE', None)

import awscli  # noqa: E402
from awscli.clidriver import create_clidriver  # noqa: E402

EXTRA = ['--endpoint-url', 'http://127.0.0.1:9', '--cli-connect-timeout', '1', '--cli-read-timeout', '1']


# One bash process splits every command: `eval` each in a subshell, so a command bash cannot read
# fails alone (it falls back to shlex) and the others are unaffected.
BASH_SPLIT = r"""__w() { printf '%s\0' "$@"; }
while IFS= read -r -d '' __c; do
  if ( eval "__w $__c" ) 2>/dev/null; then printf '\1\0'; else printf '\2\0'; fi
done
"""


def bash_words(commands):
    """The words bash makes of each command (without the leading `aws`); shlex's where bash cannot read it."""
    if not commands:
        return []
    data = ''.join(c[4:] + '\0' for c in commands).encode('utf-8')
    r = subprocess.run(['bash', '-c', BASH_SPLIT], input=data, capture_output=True, env={'PATH': os.environ.get('PATH', '')})
    out, words = [], []
    for w in r.stdout.decode('utf-8').split('\0')[:-1]:
        if w in ('\1', '\2'):
            out.append(words if w == '\1' else None)
            words = []
        else:
            words.append(w)
    if len(out) != len(commands):
        raise RuntimeError(f'bash split {len(out)} of {len(commands)} commands')
    return [w if w is not None else shlex.split(c)[1:] for w, c in zip(out, commands)]


def verdict(driver, argv):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        rc = None
        try:
            rc = driver.main(argv + EXTRA)
        except SystemExit as e:
            rc = e.code
        except Exception as e:  # a crash inside the CLI is a rejection too
            print(f'{type(e).__name__}: {e}', file=sys.stderr)
    lines = [l for l in err.getvalue().strip().splitlines() if l.strip()]
    text = err.getvalue()
    # Accepted: it got as far as the network, or finished without one (--generate-cli-skeleton).
    ok = rc == 0 or 'Could not connect to the endpoint URL' in text or 'Connect timeout on endpoint URL' in text
    return {'ok': ok, 'msg': (lines[-1] if lines else '')[:300]}


def main():
    commands = json.load(sys.stdin)
    plain = [i for i, c in enumerate(commands) if not any(ch in c for ch in '$`<>|;&')]
    words = [shlex.split(c)[1:] for c in commands]
    for i, w in zip(plain, bash_words([commands[i] for i in plain])):
        words[i] = w
    out = []
    driver = None
    for i, c in enumerate(commands):
        # A driver slows down as it serves commands (handlers pile up): a fresh one every 40.
        # --generate-cli-skeleton leaves handlers behind that break later commands: it gets a driver of its own.
        isolated = 'generate-cli-skeleton' in c
        if driver is None or i % 40 == 0 or isolated:
            driver = create_clidriver()
        out.append(verdict(driver, words[i]))
        if isolated:
            driver = None
    json.dump({'cli': f'aws-cli/{awscli.__version__}', 'verdicts': out}, sys.stdout)


if __name__ == '__main__':
    main()
