/**
 * CloudFormation hovers over one document version: the first hovers of a version look at their
 * resource only (quick YAML/JSON scans); after many, or when a scan cannot tell, the template is
 * read once and each hover is a binary search and a short walk.
 */
import { report } from '../../log';
import type { MapEntry, ModelDocument } from '../../model';
import type { FormHover } from '../form';
import { cfnHover, locateCfn, resourceEntries, type CfnSpot } from './hover';
import { quickJsonCache, quickJsonSpot, type QuickJsonCache } from './hover-quick-json';
import { quickCache, quickYamlSpot, type QuickCache } from './hover-quick-yaml';
import { looksLikeJson } from './reader';

/** Quick (one-resource) hovers per document version before the whole text is read. */
const QUICK_LIMIT = 50;

export class CfnHoverDocument implements FormHover {
  private entries?: MapEntry[];
  private readonly yaml: boolean;
  private quickHovers = 0;
  private readonly quick: QuickCache = quickCache();
  private readonly quickJson: QuickJsonCache = quickJsonCache();

  /** `read` reads the whole text as a template (undefined when it is none). */
  constructor(private readonly text: string, fileName: string, private readonly readText: () => ModelDocument | undefined) {
    this.yaml = !looksLikeJson(text) && !/\.json$/i.test(fileName);
  }

  private read(): MapEntry[] {
    if (!this.entries) {
      let doc: ModelDocument | undefined;
      try {
        doc = this.readText();
      } catch (e) {
        report('error', 'the analysis behind a hover failed, so the hover shows no findings', e);
      }
      this.entries = doc?.kind === 'cloudformation' ? resourceEntries(doc.root) : [];
    }
    return this.entries;
  }

  hover(offset: number): string | undefined {
    let spot: CfnSpot | undefined | 'full' = 'full';
    // Until the text is read, a hover reads only its resource; after many, reading once is cheaper.
    if (!this.entries && this.quickHovers < QUICK_LIMIT) {
      this.quickHovers++;
      spot = this.yaml ? quickYamlSpot(this.text, offset, this.quick) : quickJsonSpot(this.text, offset, this.quickJson);
    }
    if (spot === 'full') spot = locateCfn(this.read(), offset);
    return spot ? cfnHover(spot) : undefined;
  }
}
