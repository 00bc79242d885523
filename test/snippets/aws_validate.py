"""Runs AWS CLI commands through the real aws-cli parameter validation, in one Python process.

Reads a JSON list of command lines (each starting with `aws `) on stdin and writes a JSON list of
{"ok": bool, "output": str} on stdout. Each command is sent to a closed local port
(--endpoint-url http://127.0.0.1:9): "Could not connect" means the CLI accepted the parameters and
tried to call the service. Credentials and region are dummies set by the caller's environment.
"""
import contextlib
import io
import json
import shlex
import sys

from awscli.clidriver import create_clidriver

CONNECT = ("Could not connect to the endpoint URL", "Connect timeout on endpoint URL")


def run(line):
    argv = shlex.split(line)
    if argv and argv[0] == "aws":
        argv = argv[1:]
    argv += ["--endpoint-url", "http://127.0.0.1:9", "--cli-connect-timeout", "1"]
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = create_clidriver().main(argv)
    except SystemExit as e:  # argparse exits on unknown options
        code = e.code
    text = (err.getvalue() + out.getvalue()).strip()
    return {"ok": any(c in text for c in CONNECT), "code": code, "output": text[-1500:]}


def main():
    lines = json.load(sys.stdin)
    json.dump([run(l) for l in lines], sys.stdout)


if __name__ == "__main__":
    main()
