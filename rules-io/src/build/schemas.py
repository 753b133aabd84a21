#!/usr/bin/env python3
"""Writes the JSON Schemas of docs/FORMAT.md (draft 2020-12) into
src/main/resources/META-INF/partyorg-rules/schema/. Run from rules-io after changing a shape:
python3 src/build/schemas.py. The files are committed; SchemaTest checks the library's output
against them."""
import json, os

OUT = os.path.join(os.path.dirname(__file__), '..', 'main', 'resources', 'META-INF', 'partyorg-rules', 'schema')
BASE = 'https://partyorg-rules.github.io/schema/1/'
def ref(kind, d): return {'$ref': BASE + kind + '.schema.json#/$defs/' + d}
def local(d): return {'$ref': '#/$defs/' + d}
def nullable(s): return {'anyOf': [s, {'type': 'null'}]}

def obj(props, required=(), optional_null=True):
    p = {}
    for k, v in props.items():
        p[k] = v if (k in required or not optional_null) else nullable(v)
    s = {'type': 'object', 'properties': p, 'additionalProperties': False}
    if required: s['required'] = list(required)
    return s

def enum(*codes): return {'type': 'string', 'enum': list(codes)}
def arr(items, unique=False):
    s = {'type': 'array', 'items': items}
    if unique: s['uniqueItems'] = True
    return s

common_defs = {
    'date': {'type': 'string', 'pattern': '^([0-9]{4}|[+-][0-9]{4,9})-[0-9]{2}-[0-9]{2}$', 'description': 'ISO-8601 calendar date, yyyy-mm-dd (a year outside 0000-9999 with its sign, as ISO-8601 expanded years; the evaluator rejects dates outside 1921-07-01..2100-12-31)'},
    'count': {'type': 'integer', 'minimum': -2147483648, 'maximum': 2147483647},
    'tally': {'type': 'integer', 'minimum': 0, 'description': 'how many records, organisations or findings a report counted: 0 or more'},
    'share': {'type': 'number', 'minimum': 0, 'maximum': 1, 'description': 'a rate as a share between 0 and 1 (0.8 is 80%)'},
    'percent': {'type': 'number', 'minimum': 0, 'maximum': 100, 'description': 'a rate in per cent, between 0 and 100'},
    'month': {'type': 'string', 'pattern': '^[0-9]{4}-(0[1-9]|1[0-2])$', 'description': 'ISO-8601 year and month, yyyy-mm'},
    'amount': {'type': 'number'},
    'code': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9_]*$'},
    'text': {'type': 'string'},
    'format': {'type': 'string', 'pattern': '^partyorg-rules/[a-z-]+$'},
    'version': {'const': 1},
    'document': obj({'file': {'type': 'string'}, 'title': {'type': 'string'}, 'issuer': {'type': 'string'},
                     'number': {'type': 'string'}, 'date': local('date')},
                    ['file', 'title', 'issuer', 'date'], optional_null=False),
    'citation': obj({'document': local('document'), 'section': {'type': 'string'}, 'quote': {'type': 'string'}},
                    ['document', 'section', 'quote'], optional_null=False),
    'violation': obj({'field': {'type': 'string'}, 'fieldNameZh': {'type': 'string'}, 'fieldNameEn': {'type': 'string'},
                      'value': {'type': 'string'}, 'messageZh': {'type': 'string'}, 'messageEn': {'type': 'string'}},
                     ['field', 'fieldNameZh', 'fieldNameEn', 'messageZh', 'messageEn'], optional_null=False),
    'factValue': {'description': 'by the fact kind: COUNT integer, AMOUNT/RATE number, DATE date string, FLAG boolean, CODE/PERIOD/TEXT string, CODE_LIST/PERIOD_LIST array of strings, RECORD object or array',
                  'type': ['integer', 'number', 'string', 'boolean', 'array', 'object']},
}

def schema(kind, title, body, defs):
    s = {'$schema': 'https://json-schema.org/draft/2020-12/schema', '$id': BASE + kind + '.schema.json', 'title': title}
    s.update(body)
    if defs: s['$defs'] = defs
    return s

C = lambda d: ref('common', d)

member = obj({'name': C('text'), 'status': enum('FORMAL', 'PROBATIONARY')}, ['name'])
org_defs = {
    'organisation': obj({
        'format': {'const': 'partyorg-rules/organisation'}, 'version': C('version'),
        'creditCode': C('text'), 'name': C('text'),
        'category': enum('NON_PUBLIC_ENTERPRISE', 'SOCIAL_GROUP', 'PRIVATE_SCHOOL', 'PRIVATE_HOSPITAL', 'OTHER_SOCIAL_SERVICE_INSTITUTION',
                         'FOUNDATION', 'LAW_FIRM', 'ACCOUNTING_FIRM', 'TAX_FIRM', 'ASSET_APPRAISAL_FIRM', 'ACADEMIC_SOCIETY',
                         'INDUSTRY_ASSOCIATION', 'COMMUNITY_SOCIAL_ORGANISATION', 'RURAL_NEW_BUSINESS_ENTITY'),
        'traits': arr(C('code'), True),
        'registrationLevel': enum('NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT_OR_BELOW'),
        'divisionCode': C('text'),
        'park': local('park'), 'building': C('text'), 'street': C('text'),
        'industry': enum(*[chr(c) for c in range(ord('A'), ord('T') + 1)]),
        'headCount': C('count'), 'fullTimeStaff': C('count'), 'formalMembers': C('count'), 'probationaryMembers': C('count'),
        'partyOrganisation': local('partyOrganisation'), 'workCoverage': local('workCoverage'),
        'finances': local('finances'), 'sanctionRecord': local('sanctionRecord'),
        'extraFacts': {'type': 'object', 'additionalProperties': C('factValue')},
    }, ['creditCode', 'name', 'category', 'divisionCode']),
    'park': obj({'name': C('text'), 'level': enum('NONE', 'NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT'),
                 'facilities': obj({'partyAndMassServiceCentre': {'type': 'boolean'}})}, ['level']),
    'partyOrganisation': obj({
        'form': enum('NONE', 'STANDALONE', 'JOINT', 'FUNCTIONAL', 'COUNCIL_WORK_GROUP'),
        'level': enum('BRANCH', 'GENERAL_BRANCH', 'PRIMARY_COMMITTEE'),
        'foundingDate': C('date'), 'coveredOrganisations': arr(C('text')), 'coveredOrganisationCount': C('count'),
        'jointScope': enum('BETWEEN_ENTERPRISES', 'PROFESSIONAL_MARKET', 'COMMERCIAL_BUILDING', 'PARK', 'COMMUNITY', 'INDUSTRY_BODY', 'CO_LOCATED_PLATFORMS'),
        'structure': local('structure'), 'activityRecord': local('activityRecord'),
        'governance': obj({'secretaryIsInvestorOrHead': {'type': 'boolean'}, 'fullTimeDeputySecretary': {'type': 'boolean'},
                           'partyAndMassWorkDepartment': {'type': 'boolean'}, 'fullTimePartyAffairsStaff': C('count'),
                           'affiliationAdjusted': {'type': 'boolean'}}),
    }, ['form']),
    'structure': obj({
        'platforms': arr(obj({'name': C('text'), 'creditCode': C('text'), 'formalMembers': C('count')}, ['name'])),
        'committee': obj({'secretary': C('text'), 'members': arr(C('text')), 'disciplineInspector': C('text'), 'termStart': C('date')}),
        'partyGroups': arr(obj({'name': C('text'), 'members': arr(local('member'))})),
        'members': arr(local('member')),
    }),
    'member': member,
    'activityRecord': obj({
        'periodFrom': C('date'), 'periodTo': C('date'),
        'events': arr(obj({'kind': enum('PARTY_LECTURE', 'GENERAL_MEETING', 'COMMITTEE_MEETING', 'PARTY_GROUP_MEETING', 'COLLECTIVE_STUDY',
                                        'ORGANISATIONAL_LIFE_MEETING', 'DEMOCRATIC_APPRAISAL', 'TALK', 'THEME_EDUCATION', 'PUBLICITY_ARTICLE'),
                           'date': C('date'), 'leader': C('text'), 'counterpart': C('text')}, ['kind', 'date'])),
        'institutions': arr(enum('THREE_MEETINGS_ONE_LECTURE', 'BRANCH_AND_GROUP_SETUP', 'DEMOCRATIC_APPRAISAL', 'ORGANISATIONAL_LIFE_MEETING',
                                 'MEMBER_DEVELOPMENT', 'MEMBER_EDUCATION', 'PARTY_DUES', 'INTEGRITY', 'LEADERSHIP_SELECTION',
                                 'INCENTIVE_CARE_AND_SUPPORT', 'MOBILE_MEMBERS', 'MASS_ORGANISATIONS'), True),
        'facilities': arr(enum('OFFICE_PLAQUE', 'ACTIVITY_VENUE', 'PARTY_FLAG', 'FURNITURE', 'PARTY_BOOKS'), True),
        'themeEducationMembers': C('count'), 'themeEducationParticipants': C('count'),
    }, ['periodFrom', 'periodTo']),
    'workCoverage': obj({'instructorAssigned': {'type': 'boolean'},
                         'massOrganisations': arr(enum('TRADE_UNION', 'YOUTH_LEAGUE', 'WOMENS_FEDERATION'), True)}, ['instructorAssigned']),
    'finances': obj({'annualWages': C('amount'), 'collectsDues': {'type': 'boolean'}, 'annualDuesIncome': C('amount'),
                     'partyBuildingBudget': C('amount')}),
    'sanctionRecord': obj({'sanctions': arr(obj({'kind': enum('ADMINISTRATIVE_PENALTY', 'INDUSTRY_DISCIPLINE'), 'date': C('date'),
                                                 'description': C('text')}, ['kind', 'date']))}, ['sanctions']),
}

fact = obj({'name': {'type': 'string'}, 'kind': enum('COUNT', 'AMOUNT', 'RATE', 'DATE', 'PERIOD', 'PERIOD_LIST', 'CODE', 'CODE_LIST', 'FLAG', 'TEXT', 'RECORD'),
            'unit': enum('PERSONS', 'ORGANISATIONS', 'ITEMS', 'TIMES', 'YEARS', 'YUAN', 'SHARE', 'PERCENT', 'NONE'),
            'value': C('factValue'), 'limit': C('factValue')}, ['name', 'kind', 'unit'], optional_null=False)
OUTCOME = enum('SATISFIED', 'VIOLATED', 'ADVISORY', 'UNDECIDED')
finding = obj({'policySet': {'type': 'string'}, 'rule': {'type': 'string'}, 'key': {'type': 'string'}, 'obligation': C('code'),
               'outcome': OUTCOME, 'actions': arr(C('code')), 'deadline': C('date'), 'overdue': {'type': 'boolean'},
               'citation': C('citation'), 'facts': arr(local('fact')), 'missingFacts': arr({'type': 'string'}),
               'messageZh': {'type': 'string'}, 'messageEn': {'type': 'string'}},
              ['policySet', 'rule', 'key', 'outcome', 'actions', 'overdue', 'citation', 'facts', 'missingFacts', 'messageZh', 'messageEn'],
              optional_null=False)
assessment_props = {'creditCode': {'type': 'string'}, 'name': {'type': 'string'}, 'asOf': C('date'), 'policySets': arr({'type': 'string'}),
                    'findings': arr(local('finding')),
                    'conflicts': arr(obj({'obligation': C('code'),
                                          'findings': arr(obj({'policySet': {'type': 'string'}, 'key': {'type': 'string'}, 'outcome': OUTCOME},
                                                              ['policySet', 'key', 'outcome'], optional_null=False)),
                                          'actions': arr(C('code')), 'messageZh': {'type': 'string'}, 'messageEn': {'type': 'string'}},
                                         ['obligation', 'findings', 'actions', 'messageZh', 'messageEn'], optional_null=False))}
assessment_required = ['creditCode', 'name', 'asOf', 'policySets', 'findings', 'conflicts']
def envelope(kind, props, required):
    p = {'format': {'const': 'partyorg-rules/' + kind}, 'version': C('version')}
    p.update(props)
    return obj(p, ['format', 'version'] + required, optional_null=False)

assessment_defs = {'assessment': obj(assessment_props, assessment_required, optional_null=False), 'finding': finding, 'fact': fact}

VERDICT = enum('MET', 'NOT_MET', 'UNDECIDED')
figures = obj({'base': C('tally'), 'covered': C('tally'), 'uncovered': C('tally'), 'undecided': C('tally'),
               'excluded': C('tally'), 'target': C('share'), 'rate': C('share'), 'ratePercentShown': C('percent'),
               'verdict': VERDICT, 'shortfall': C('tally')},
              ['base', 'covered', 'uncovered', 'undecided', 'excluded'], optional_null=False)
target = obj({'policySet': {'type': 'string'}, 'key': {'type': 'string'}, 'rule': {'type': 'string'},
              'descriptionZh': {'type': 'string'}, 'descriptionEn': {'type': 'string'}, 'rate': C('share'),
              'growthFactor': {'type': 'number'}, 'deadline': C('date'), 'citations': arr(C('citation')), 'verdict': VERDICT,
              'total': local('figures'),
              'byDivision': arr(local('divisionFigures')),
              'byCategory': {'type': 'object', 'additionalProperties': local('figures')},
              'uncoveredCount': {'type': 'integer'},
              'uncovered': arr(obj({'index': {'type': 'integer'}, 'creditCode': {'type': 'string'}, 'name': {'type': 'string'},
                                    'divisionCode': {'type': 'string'}, 'category': C('code'), 'actions': arr(C('code')),
                                    'deadline': C('date'), 'overdue': {'type': 'boolean'}},
                                   ['index', 'creditCode', 'name', 'divisionCode', 'category', 'actions', 'overdue'], optional_null=False)),
              'growth': local('growth')},
             ['policySet', 'key', 'rule', 'descriptionZh', 'descriptionEn', 'citations', 'verdict', 'total', 'byDivision', 'byCategory',
              'uncoveredCount', 'uncovered'], optional_null=False)
report_props = {'asOf': C('date'), 'read': {'type': 'integer'}, 'assessed': {'type': 'integer'}, 'excluded': {'type': 'integer'},
                'rejected': {'type': 'integer'},
                'rejectedRecords': arr(obj({'index': {'type': 'integer'}, 'creditCode': {'type': 'string'}, 'violations': arr(C('violation'))},
                                           ['index', 'violations'], optional_null=False)),
                'targets': arr(local('target')),
                'overdueByMonth': {'type': 'object', 'additionalProperties': {'type': 'object', 'propertyNames': C('month'),
                                                                             'additionalProperties': {'type': 'integer'}}}}
report_required = ['asOf', 'read', 'assessed', 'excluded', 'rejected', 'rejectedRecords', 'targets', 'overdueByMonth']
division_figures = obj({'level': enum('PROVINCE', 'CITY', 'DISTRICT'), 'code': {'type': 'string', 'pattern': '^[0-9]{2}([0-9]{2}){0,2}$'},
                        'figures': local('figures')}, ['level', 'code', 'figures'], optional_null=False)
growth = obj({'count': {'type': 'number', 'minimum': 0}, 'undecided': C('tally'), 'factor': {'type': 'number'},
              'baseline': C('tally'), 'required': {'type': 'number'}, 'verdict': VERDICT, 'shortfall': C('tally')},
             ['count', 'undecided', 'factor', 'verdict'], optional_null=False)
coverage_defs = {'report': obj(report_props, report_required, optional_null=False), 'target': target, 'figures': figures,
                 'divisionFigures': division_figures, 'growth': growth}

side = obj({'outcome': OUTCOME, 'deadline': C('date'), 'actions': arr(C('code'))}, ['outcome', 'actions'], optional_null=False)
CR = lambda d: ref('coverage-report', d)
whatif_props = {
    'targets': arr(obj({'policySet': {'type': 'string'}, 'key': {'type': 'string'}, 'moved': {'type': 'boolean'},
                        'baseChange': {'type': 'integer'}, 'coveredChange': {'type': 'integer'}, 'verdictBefore': VERDICT,
                        'verdictAfter': VERDICT, 'before': CR('figures'), 'after': CR('figures')},
                       ['policySet', 'key', 'moved', 'baseChange', 'coveredChange', 'verdictBefore', 'verdictAfter', 'before', 'after'],
                       optional_null=False)),
    'changedOrganisations': {'type': 'integer'}, 'changes': {'type': 'integer'},
    'changed': arr(obj({'index': {'type': 'integer'}, 'creditCode': {'type': 'string'},
                        'changes': arr(obj({'policySet': {'type': 'string'}, 'key': {'type': 'string'}, 'rule': {'type': 'string'},
                                            'before': side, 'after': side}, ['policySet', 'key', 'rule'], optional_null=False))},
                       ['index', 'creditCode', 'changes'], optional_null=False)),
    'before': CR('report'), 'after': CR('report')}

plan_props = {'cap': {'type': 'integer'}, 'farthest': enum('BUILDING_OR_PARK', 'STREET', 'DISTRICT'), 'clause': C('citation'),
              'candidates': {'type': 'integer'}, 'placed': {'type': 'integer'}, 'upperBound': {'type': 'integer'},
              'maxJointOrganisations': {'type': 'integer'},
              'proposals': arr(obj({'creditCodes': arr({'type': 'string'}), 'names': arr({'type': 'string'}), 'organisations': {'type': 'integer'},
                                    'formalMembers': {'type': 'integer'}, 'locality': enum('BUILDING_OR_PARK', 'STREET', 'DISTRICT'),
                                    'industry': {'type': 'string'}, 'clause': C('citation')},
                                   ['creditCodes', 'names', 'organisations', 'formalMembers', 'locality', 'clause'], optional_null=False)),
              'unplaced': arr(obj({'creditCode': {'type': 'string'}, 'name': {'type': 'string'}, 'formalMembers': {'type': 'integer'},
                                   'reason': C('code'), 'violations': arr(C('violation'))},
                                  ['creditCode', 'name', 'reason', 'violations'], optional_null=False))}

docs = {
    'common': schema('common', 'partyorg-rules: shared definitions', {}, common_defs),
    'organisation': schema('organisation', 'partyorg-rules/organisation, version 1', local('organisation'), org_defs),
    'assessment': schema('assessment', 'partyorg-rules/assessment, version 1',
                         envelope('assessment', assessment_props, assessment_required), assessment_defs),
    'assessment-result': schema('assessment-result', 'partyorg-rules/assessment-result, version 1',
                                envelope('assessment-result', {'index': {'type': 'integer', 'minimum': 0},
                                                               'status': enum('ASSESSED', 'REJECTED'), 'creditCode': {'type': 'string'},
                                                               'assessment': ref('assessment', 'assessment'),
                                                               'violations': arr(C('violation'))}, ['index', 'status']), {}),
    'coverage-report': schema('coverage-report', 'partyorg-rules/coverage-report, version 1',
                              envelope('coverage-report', report_props, report_required), coverage_defs),
    'what-if-diff': schema('what-if-diff', 'partyorg-rules/what-if-diff, version 1',
                           envelope('what-if-diff', whatif_props, list(whatif_props)), {}),
    'joint-plan': schema('joint-plan', 'partyorg-rules/joint-plan, version 1', envelope('joint-plan', plan_props, list(plan_props)), {}),
}
parameter = obj({'key': {'type': 'string'}, 'kind': enum('COUNT', 'RATE', 'NUMBER', 'DATE'), 'value': {'type': 'number'},
                 'date': C('date'), 'unit': fact['properties']['unit'], 'fact': {'type': 'string'}, 'citation': C('citation')},
                ['key', 'kind', 'unit', 'citation'], optional_null=False)
parameter['oneOf'] = [{'required': ['value'], 'not': {'required': ['date']}}, {'required': ['date'], 'not': {'required': ['value']}}]
A = lambda d: ref('assessment', d)
trace_props = {
    'creditCode': {'type': 'string'}, 'name': {'type': 'string'}, 'asOf': C('date'),
    'policySets': arr(obj({'policySet': {'type': 'string'}, 'document': C('document'),
                           'jurisdiction': obj({'divisionPrefixes': arr({'type': 'string'}), 'categories': arr(C('code'))},
                                               ['divisionPrefixes', 'categories'], optional_null=False),
                           'effectiveFrom': C('date'), 'effectiveUntil': C('date'), 'overrides': arr(local('parameter')),
                           'applied': {'type': 'boolean'},
                           'reasons': arr(enum('OUTSIDE_DIVISIONS', 'OUTSIDE_CATEGORIES', 'NOT_YET_IN_FORCE', 'NO_LONGER_IN_FORCE',
                                               'NOT_REQUESTED', 'SET_CONDITION'))},
                          ['policySet', 'document', 'jurisdiction', 'effectiveFrom', 'overrides', 'applied', 'reasons'], optional_null=False)),
    'steps': arr(local('step'))}
step = obj({'policySet': {'type': 'string'}, 'rule': {'type': 'string'}, 'key': {'type': 'string'}, 'obligation': C('code'),
            'outcome': OUTCOME, 'actions': arr(C('code')), 'citation': C('citation'), 'parameters': arr(local('parameter')),
            'facts': arr(A('fact')),
            'comparisons': arr(obj({'fact': {'type': 'string'}, 'value': C('factValue'), 'relation': enum('LESS', 'EQUAL', 'GREATER'),
                                    'limit': C('factValue'), 'parameter': {'type': 'string'}}, ['fact', 'limit'], optional_null=False)),
            'deadline': obj({'date': C('date'), 'asOf': C('date'), 'timing': enum('BEFORE_DEADLINE', 'ON_DEADLINE', 'AFTER_DEADLINE'),
                             'overdue': {'type': 'boolean'}, 'parameter': {'type': 'string'}},
                            ['date', 'asOf', 'timing', 'overdue'], optional_null=False),
            'missingFacts': arr({'type': 'string'}), 'messageZh': {'type': 'string'}, 'messageEn': {'type': 'string'}},
           ['policySet', 'rule', 'key', 'outcome', 'actions', 'citation', 'parameters', 'facts', 'comparisons', 'missingFacts',
            'messageZh', 'messageEn'], optional_null=False)
docs['trace'] = schema('trace', 'partyorg-rules/trace, version 1', envelope('trace', trace_props, list(trace_props)),
                       {'step': step, 'parameter': parameter})

# report-charts: what the command-line tool's HTML report draws, beside its coverage-report
split = lambda first, first_schema: obj({first: first_schema, 'overdue': C('tally'), 'inTime': C('tally')},
                                        [first, 'overdue', 'inTime'], optional_null=False)
RATE_ONLY = ['rate', 'total', 'byDivision', 'byCategory', 'uncoveredCount']
charts_target = obj({'policySet': {'type': 'string'}, 'key': {'type': 'string'}, 'rule': {'type': 'string'}, 'verdict': VERDICT,
                     'rate': C('share'), 'total': CR('figures'), 'byDivision': arr(CR('divisionFigures')),
                     'byCategory': {'type': 'object', 'propertyNames': C('code'), 'additionalProperties': CR('figures')},
                     'uncoveredCount': C('tally'), 'growth': CR('growth')},
                    ['policySet', 'key', 'rule', 'verdict'], optional_null=False)
# a rate target has its figures and no growth; a growth target its growth and nothing else
charts_target['oneOf'] = [{'required': RATE_ONLY, 'not': {'required': ['growth']}},
                          {'required': ['growth'], 'properties': {k: False for k in RATE_ONLY}}]
missed = obj({'policySet': {'type': 'string'}, 'key': {'type': 'string'}, 'actions': arr(C('code')), 'deadline': C('date'),
              'overdue': {'type': 'boolean'}}, ['policySet', 'key', 'actions', 'overdue'], optional_null=False)
charts_props = {
    'source': {'type': 'string'}, 'asOf': C('date'),
    'read': C('tally'), 'assessed': C('tally'), 'excluded': C('tally'), 'rejected': C('tally'),
    'targets': arr(local('target')),
    'obligationsByAction': arr(split('action', C('code'))),
    'obligationsByMonth': arr(split('month', C('month'))),
    'uncoveredOrganisations': C('tally'),
    'uncovered': arr(obj({'index': C('tally'), 'creditCode': {'type': 'string'}, 'name': {'type': 'string'},
                          'divisionCode': {'type': 'string'}, 'targets': dict(arr(local('missedTarget')), minItems=1)},
                         ['index', 'creditCode', 'name', 'divisionCode', 'targets'], optional_null=False))}
docs['report-charts'] = schema('report-charts', 'partyorg-rules/report-charts, version 1',
                               envelope('report-charts', charts_props, list(charts_props)),
                               {'target': charts_target, 'missedTarget': missed})

# assessment-result: an assessed record has its assessment, a rejected one its violations
docs['assessment-result']['oneOf'] = [
    {'properties': {'status': {'const': 'ASSESSED'}}, 'required': ['assessment'], 'not': {'required': ['violations']}},
    {'properties': {'status': {'const': 'REJECTED'}}, 'required': ['violations'], 'not': {'required': ['assessment']}}]

EXTRA = os.path.join(os.path.dirname(__file__), 'schemas_extra.py')
if os.path.exists(EXTRA):
    exec(open(EXTRA, encoding='utf-8').read())

for name, s in docs.items():
    with open(os.path.join(OUT, name + '.schema.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(s, f, ensure_ascii=False, indent=2)
        f.write('\n')
print('wrote', len(docs), 'schemas')
