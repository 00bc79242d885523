#!/usr/bin/env python3
"""Regenerates data/aws-cli-model/ from the AWS CLI installed on this machine.

The flags come from the CLI's own argument tables (botocore's JSON service models plus the CLI's
customizations, e.g. --source-region, the pagination flags, `wait`), the member shapes, enums,
minimums and short docs from botocore's models (Apache-2.0, see data/aws-cli-model/NOTICE).
Usage: python3 scripts/gen-cli-model.py   (then commit data/aws-cli-model/)
The installed CLI is version 1 (its Python package): the commands only AWS CLI version 2 has (the DSQL
token commands, `aws ddb`) are kept by hand in data/aws-cli-model/v2.json, with their sources in the
aws-cli v2 branch; this script does not touch that file.
"""
import html, json, os, re, sys

os.environ.setdefault('AWS_ACCESS_KEY_ID', 'x')
os.environ.setdefault('AWS_SECRET_ACCESS_KEY', 'y')
os.environ.setdefault('AWS_DEFAULT_REGION', 'us-east-1')
import awscli  # noqa: E402
import botocore  # noqa: E402
from awscli.clidriver import create_clidriver  # noqa: E402

SERVICES = ['rds', 'dynamodb', 'dax', 'elasticache', 'memorydb', 'docdb', 'neptune', 'keyspaces',
            'timestream-write', 'timestream-query', 'timestream-influxdb', 'qldb', 'opensearch', 'dms',
            'dsql', 'redshift', 'redshift-serverless']
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'aws-cli-model')
SCALAR = {'string': 's', 'integer': 'i', 'long': 'l', 'boolean': 'b', 'double': 'd', 'float': 'f',
          'timestamp': 't', 'blob': 'B', 'document': 'D'}
DOC_MAX = 160


def first_sentence(doc):
    """The first sentence of an HTML doc string, plain text, at most DOC_MAX characters."""
    if not doc:
        return ''
    t = html.unescape(re.sub(r'<[^>]+>', ' ', doc))
    t = re.sub(r'\s+', ' ', t).strip()
    m = re.match(r'(.+?[.!?])(\s|$)', t)
    s = m.group(1) if m else t
    return s if len(s) <= DOC_MAX else s[:DOC_MAX - 1].rstrip() + '…'


class Shapes:
    """Collects the shapes reachable from flags: structures, lists, maps, enums and minimums."""

    def __init__(self):
        self.table = {}

    def ref(self, shape):
        t = shape.type_name
        if t in SCALAR:
            enum = getattr(shape, 'enum', None) or []
            mn = shape.metadata.get('min') or None  # a minimum of 0 checks nothing
            if not enum and mn is None:
                return SCALAR[t]
            name = shape.name
            if name not in self.table:
                e = {'t': SCALAR[t]}
                if enum:
                    e['e'] = list(enum)
                if mn is not None:
                    e['min'] = mn
                self.table[name] = e
            return name
        name = shape.name
        if name in self.table:
            return name
        e = {}
        self.table[name] = e  # placed first: recursive shapes refer to themselves
        mn = shape.metadata.get('min') or None
        if mn is not None:
            e['min'] = mn
        if t == 'structure' and getattr(shape, 'is_document_type', False):
            e['t'] = 'D'
        elif t == 'structure':
            e['t'] = 'S'
            if getattr(shape, 'is_tagged_union', False):
                e['u'] = 1
            e['m'] = {k: self.ref(v) for k, v in shape.members.items()}
            if shape.required_members:
                e['r'] = list(shape.required_members)
        elif t == 'list':
            e['t'] = 'L'
            e['i'] = self.ref(shape.member)
        elif t == 'map':
            e['t'] = 'M'
            e['k'] = self.ref(shape.key)
            e['v'] = self.ref(shape.value)
        else:
            e['t'] = 's'
        return name


REQUIRED, FLAG, NO_FORM, LIST, HIDDEN, OPTIONAL_VALUE = 1, 2, 4, 8, 16, 32


def arg_entry(name, a, shapes):
    cls = type(a).__name__
    am = getattr(a, 'argument_model', None)
    bits = REQUIRED if a.required else 0
    if cls == 'BooleanArgument':
        bits |= NO_FORM if name.startswith('no-') else FLAG
    if cls == 'ListArgument' or getattr(a, 'nargs', None) in ('*', '+'):
        bits |= LIST
    if getattr(a, '_UNDOCUMENTED', False):
        bits |= HIDDEN
    if getattr(a, 'nargs', None) == '?':
        bits |= OPTIONAL_VALUE
    parse_type = getattr(a, '_parse_type', None)
    if cls == 'PageArgument' and parse_type in SCALAR:
        ref = SCALAR[parse_type]  # --page-size/--max-items are converted with int() by the CLI
    elif am is not None and hasattr(am, 'type_name') and cls not in ('CliInputJSONArgument',) and name != 'cli-input-yaml':
        ref = shapes.ref(am)
    else:
        ref = SCALAR.get(getattr(a, 'cli_type_name', None) or 'string', 's')
    doc = first_sentence(getattr(a, 'documentation', '') or getattr(a, '_help', '') or '')
    out = [ref, bits]
    if doc and not name.startswith('no-'):
        out.append(doc)
    return out


def operation_entry(op, shapes):
    entry = {'a': {}}
    doc = ''
    om = getattr(op, '_operation_model', None)
    if om is not None:
        doc = om.documentation
    elif hasattr(op, 'DESCRIPTION'):
        doc = op.DESCRIPTION
    d = first_sentence(doc)
    if d:
        entry['d'] = d
    for name, a in op.arg_table.items():
        if name in ('cli-input-json', 'generate-cli-skeleton'):
            continue  # common to every operation: the checker knows them
        entry['a'][name] = arg_entry(name, a, shapes)
    return entry


def main():
    os.makedirs(OUT, exist_ok=True)
    driver = create_clidriver()
    table = driver._get_command_table()
    index = {
        'cli': f'aws-cli/{awscli.__version__} botocore/{botocore.__version__}',
        'services': sorted(table.keys()),
        'globals': sorted(driver._get_argument_table().keys()),
        'models': {},
        'missing': [],
    }
    total = 0
    for svc in SERVICES:
        if svc not in table:
            index['missing'].append(svc)  # e.g. qldb: removed from the CLI after its end of support
            continue
        cmd = table[svc]
        shapes = Shapes()
        ops = {}
        for op_name, op in cmd._get_command_table().items():
            kind = type(op).__name__
            if kind == 'WaitCommand':
                for w_name, w in op.subcommand_table.items():
                    ops[f'wait {w_name}'] = operation_entry(w, shapes)
                continue
            if not hasattr(op, 'arg_table'):
                continue
            ops[op_name] = operation_entry(op, shapes)
        model = cmd.service_model
        data = {'service': svc, 'apiVersion': model.api_version,
                'doc': first_sentence(model.documentation), 'ops': ops, 'shapes': shapes.table}
        text = json.dumps(data, separators=(',', ':'), ensure_ascii=False)
        with open(os.path.join(OUT, f'{svc}.json'), 'w', encoding='utf-8') as f:
            f.write(text)
        index['models'][svc] = model.api_version
        total += len(text)
        print(f'{svc}: {len(ops)} operations, {len(shapes.table)} shapes, {len(text) // 1024} KB', file=sys.stderr)
    with open(os.path.join(OUT, 'index.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(index, separators=(',', ':')))
    print(f'total {total // 1024} KB', file=sys.stderr)


if __name__ == '__main__':
    main()
