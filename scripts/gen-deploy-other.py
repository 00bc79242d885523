#!/usr/bin/env python3
"""Regenerates data/deploy/other.json: what AWS offers for ElastiCache, Redshift, OpenSearch and which
Regions offer which database resource types (rules ADB130-ADB139, completions).

Sources (each the most complete machine-readable one installed here; see data/deploy/SOURCES.md):
- cfn-lint's data files (MIT-0), read through the installed `cfnlint` package:
  schemas/extensions/aws_elasticache_cachecluster/{cachenodetype_enum,engine_version}.json (node types
  per Region from the price list, engine versions from the ElastiCache API),
  schemas/extensions/aws_redshift_cluster/nodetype_enum.json (node types per Region),
  schemas/providers/<region>.py (the resource types CloudFormation's registry has in each Region).
- botocore's service models (Apache-2.0), read through the installed `botocore` package: OpenSearch
  and Elasticsearch instance-type enums; the ElastiCache node types and parameter-group families and the
  Redshift node types its documentation lists.
- aws-cdk-lib (Apache-2.0), node_modules/aws-cdk-lib/aws-opensearchservice/lib/version.js: the
  OpenSearch/Elasticsearch engine versions (EngineVersion constants).

Usage: python3 scripts/gen-deploy-other.py   (then commit data/deploy/)
"""
import datetime, glob, gzip, importlib.util, json, os, re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'data', 'deploy', 'other.json')

import botocore  # noqa: E402
import cfnlint  # noqa: E402
from botocore.loaders import Loader  # noqa: E402

CFN = os.path.join(os.path.dirname(cfnlint.__file__), 'data', 'schemas')

# Regions whose cfn-lint provider file is a copy of us-east-1's (no data of their own): not used.
COPY_OF = 'us_east_1'

# Database resource types whose Regions are recorded.
DB_PREFIXES = ('AWS::RDS::', 'AWS::DynamoDB::', 'AWS::DAX::', 'AWS::ElastiCache::', 'AWS::MemoryDB::', 'AWS::DocDB::',
               'AWS::DocDBElastic::', 'AWS::Neptune::', 'AWS::NeptuneGraph::', 'AWS::Redshift::', 'AWS::RedshiftServerless::',
               'AWS::OpenSearchService::', 'AWS::OpenSearchServerless::', 'AWS::Elasticsearch::', 'AWS::DSQL::',
               'AWS::Timestream::', 'AWS::Cassandra::', 'AWS::QLDB::', 'AWS::DMS::')


def version_of(dist):
    from importlib.metadata import version
    return version(dist)


def installed_date(mod):
    """The day the package's files were written (the install), an upper bound of what its data knows."""
    return datetime.date.fromtimestamp(os.path.getmtime(os.path.dirname(mod.__file__))).isoformat()


def load_json(*parts):
    with open(os.path.join(CFN, *parts)) as f:
        return json.load(f)


def per_region_union(doc):
    out = set()
    for k, v in doc.items():
        if isinstance(v, dict) and 'enum' in v:
            out.update(v['enum'])
    return out


def botocore_model(service):
    return Loader().load_service_model(service, 'service-2')


def doc_text(d):
    return re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', d or ''))


def version_key(v):
    return [(0, int(x), '') if x.isdigit() else (1, 0, x) for x in re.split(r'[._]|(?<=[a-z])(?=[0-9])', v)]


def elasticache():
    node_types = per_region_union(load_json('extensions', 'aws_elasticache_cachecluster', 'cachenodetype_enum.json'))
    m = botocore_model('elasticache')
    doc = doc_text(m['shapes']['CreateCacheClusterMessage']['members']['CacheNodeType']['documentation'])
    node_types.update(re.findall(r'\bcache\.[a-z0-9]+\.[a-z0-9]+\b', doc))
    versions = {}
    for part in load_json('extensions', 'aws_elasticache_cachecluster', 'engine_version.json')['allOf']:
        eng = part['if']['properties'].get('Engine', {}).get('const')
        if eng:
            versions[eng] = sorted(part['then']['properties']['EngineVersion']['enum'], key=version_key)
    families = set()
    for shape in m['shapes'].values():
        for name, mem in shape.get('members', {}).items():
            if name == 'CacheParameterGroupFamily':
                t = doc_text(mem.get('documentation'))
                mm = re.search(r'Valid values are:\s*((?:[a-z0-9.]+\s*\|\s*)*[a-z0-9.]+)', t)
                if mm:
                    families.update(x.strip() for x in mm.group(1).split('|') if x.strip())
    return {'nodeTypes': sorted(node_types, key=version_key), 'versions': versions, 'families': sorted(families, key=version_key)}


def redshift():
    node_types = per_region_union(load_json('extensions', 'aws_redshift_cluster', 'nodetype_enum.json'))
    m = botocore_model('redshift')
    doc = doc_text(m['shapes']['CreateClusterMessage']['members']['NodeType']['documentation'])
    listed = set(re.findall(r'\b(?:dc|ds|ra|rg)\d?\.[a-z0-9]+\b', doc))
    return {'nodeTypes': sorted(node_types | listed, key=version_key)}


def opensearch():
    m = botocore_model('opensearch')
    es = botocore_model('es')
    path = os.path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-opensearchservice', 'lib', 'version.js')
    with open(path) as f:
        js = f.read()
    versions = sorted(set(re.findall(r'EngineVersion\.(?:openSearch|elasticsearch)\("([0-9.]+)"\)', js)), key=version_key)
    os_versions = sorted(set(re.findall(r'openSearch\("([0-9.]+)"\)', js)), key=version_key)
    es_versions = sorted(set(re.findall(r'elasticsearch\("([0-9.]+)"\)', js)), key=version_key)
    assert versions and os_versions and es_versions, 'no versions found in aws-cdk-lib version.js'
    return {
        'versions': [f'OpenSearch_{v}' for v in os_versions] + [f'Elasticsearch_{v}' for v in es_versions],
        'instanceTypes': m['shapes']['OpenSearchPartitionInstanceType']['enum'],
        'warmInstanceTypes': m['shapes']['OpenSearchWarmPartitionInstanceType']['enum'],
        'esInstanceTypes': es['shapes']['ESPartitionInstanceType']['enum'],
        'esWarmInstanceTypes': es['shapes']['ESWarmPartitionInstanceType']['enum'],
    }


def regions():
    base = os.path.join(CFN, 'providers')
    copy = open(os.path.join(base, COPY_OF + '.py')).read()
    out = {}
    skipped = []
    for f in sorted(glob.glob(os.path.join(base, '*.py'))):
        name = os.path.basename(f)[:-3]
        if name == '__init__':
            continue
        text = open(f).read()
        if name != COPY_OF and text == copy:
            skipped.append(name.replace('_', '-'))
            continue
        out[name.replace('_', '-')] = set(re.findall(r'"(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)"', text))
    types = sorted({t for ts in out.values() for t in ts if t.startswith(DB_PREFIXES)})
    names = sorted(out)
    # Per type: the Regions that do NOT have it (shorter: most types are in most Regions).
    return {
        'regions': names,
        'unverified': sorted(skipped),
        'missing': {t: [r for r in names if t not in out[r]] for t in types},
    }


if __name__ == '__main__':
    with open(os.path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'package.json')) as f:
        cdk_version = json.load(f)['version']
    data = {
        'generated': datetime.date.today().isoformat(),
        # What the data knows is as old as its oldest source (aws-cdk-lib is newer than the Python packages).
        'asOf': min(installed_date(cfnlint), installed_date(botocore)),
        'sources': {
            'cfn-lint': {'version': version_of('cfn-lint'), 'date': installed_date(cfnlint), 'licence': 'MIT-0'},
            'botocore': {'version': botocore.__version__, 'date': installed_date(botocore), 'licence': 'Apache-2.0'},
            'aws-cdk-lib': {'version': cdk_version, 'licence': 'Apache-2.0'},
        },
        'elasticache': {'source': 'cfn-lint+botocore', **elasticache()},
        'redshift': {'source': 'cfn-lint+botocore', **redshift()},
        'opensearch': {'source': 'aws-cdk-lib+botocore', **opensearch()},
        'regions': {'source': 'cfn-lint', **regions()},
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        json.dump(data, f, indent=None, separators=(',', ':'), sort_keys=False)
        f.write('\n')
    print(f'wrote {OUT} ({os.path.getsize(OUT)} bytes)')
