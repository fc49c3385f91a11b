import { describe, expect, it } from 'vitest';
import { citationUri, formatSarif } from '../../src/format/sarif.js';
import { context, diagnostics } from './fixture.js';

/** The parts of a SARIF log these tests read. */
interface SarifLog {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}
const parseSarif = (text: string) => JSON.parse(text) as SarifLog;

describe('sarif', () => {
  it('writes a SARIF 2.1.0 log', () => {
    expect(formatSarif(diagnostics, context())).toMatchInlineSnapshot(`
      "{
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
          {
            "tool": {
              "driver": {
                "name": "cssp",
                "version": "0.1.0",
                "informationUri": "https://github.com/cssp/cssp",
                "rules": [
                  {
                    "id": "confidential-visibility",
                    "shortDescription": {
                      "text": "EC 32281(d)"
                    },
                    "helpUri": "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=EDC&sectionNum=32281",
                    "properties": {
                      "citation": "EC 32281(d)"
                    }
                  },
                  {
                    "id": "contact-phone",
                    "shortDescription": {
                      "text": "contact-phone"
                    }
                  },
                  {
                    "id": "drill-log",
                    "shortDescription": {
                      "text": "drill-log"
                    }
                  },
                  {
                    "id": "principal-directory",
                    "shortDescription": {
                      "text": "principal-directory"
                    }
                  },
                  {
                    "id": "required-sections",
                    "shortDescription": {
                      "text": "EC 32282(a)(2)(B)"
                    },
                    "helpUri": "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=EDC&sectionNum=32282",
                    "properties": {
                      "citation": "EC 32282(a)(2)(B)"
                    }
                  }
                ]
              }
            },
            "results": [
              {
                "ruleId": "principal-directory",
                "ruleIndex": 3,
                "level": "warning",
                "message": {
                  "text": "Principal Ana Garcia is not in the district staff directory."
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "plans/lincoln-elementary.yaml"
                      },
                      "region": {
                        "startLine": 3,
                        "startColumn": 12,
                        "endLine": 3,
                        "endColumn": 22
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "contact-phone",
                "ruleIndex": 1,
                "level": "error",
                "message": {
                  "text": "Phone \\"555:1234, ext 9\\" matches 0% of known formats.\\nExpected (NNN) NNN-NNNN."
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "plans/lincoln-elementary.yaml"
                      },
                      "region": {
                        "startLine": 4,
                        "startColumn": 8,
                        "endLine": 4,
                        "endColumn": 25
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "required-sections",
                "ruleIndex": 4,
                "level": "error",
                "message": {
                  "text": "Required section shelterAgreement is missing.\\nAdd sections.shelterAgreement with standard: shelteragreement."
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "plans/lincoln-elementary.yaml"
                      },
                      "region": {
                        "startLine": 5,
                        "startColumn": 1,
                        "endLine": 5,
                        "endColumn": 9
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "confidential-visibility",
                "ruleIndex": 0,
                "level": "warning",
                "message": {
                  "text": "The tactical response section must not be public.\\nSet visibility: confidential."
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "plans/washington-high.yaml"
                      },
                      "region": {
                        "startLine": 3,
                        "startColumn": 3,
                        "endLine": 5,
                        "endColumn": 23
                      }
                    }
                  }
                ]
              },
              {
                "ruleId": "drill-log",
                "ruleIndex": 2,
                "level": "note",
                "message": {
                  "text": "No drills logged yet this school year."
                },
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "plans/washington-high.yaml"
                      },
                      "region": {
                        "startLine": 6,
                        "startColumn": 1,
                        "endLine": 6,
                        "endColumn": 7
                      }
                    }
                  }
                ]
              }
            ]
          }
        ]
      }
      "
    `);
  });

  it('has the structure code scanning expects', () => {
    const log = parseSarif(formatSarif(diagnostics, context()));
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'cssp', version: '0.1.0' });
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.locations[0]?.physicalLocation.artifactLocation.uri).toMatch(/^plans\/[\w-]+\.yaml$/);
    }
  });

  it('links Education Code citations to leginfo only', () => {
    const base = 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=EDC&sectionNum=';
    expect(citationUri('EC 32282(a)(2)(B)')).toBe(`${base}32282`);
    expect(citationUri('EC 32282.5')).toBe(`${base}32282.5`);
    expect(citationUri('EC 32001; 5 CCR 550')).toBe(`${base}32001`);
    expect(citationUri('5 CCR 550')).toBeUndefined();
    expect(citationUri(undefined)).toBeUndefined();
  });

  it('writes an empty run when clean', () => {
    const log = parseSarif(formatSarif([], context()));
    expect(log.runs[0]?.results).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules).toEqual([]);
  });
});
