// One plan file -> its family edition in one language (cssp render --edition family --lang xx).
import { familyContentHash, familyView, type FamilyView, type Translation } from '../edition/family.js';
import { loadCatalog } from './catalogs.js';
import type { DocumentContext } from './document.js';
import { renderFamilyHtml, type RenderedHtml } from './html.js';
import { loadPlan } from './load.js';

export interface FamilyDocument extends RenderedHtml {
  view: FamilyView;
  stamp: string;
}

export function familyDocument(file: string, lang: string, ctx: DocumentContext & { translation?: Translation; allowStale?: boolean }): FamilyDocument {
  const plan = loadPlan(file, ctx.cwd, 'rendered', ctx.source);
  const catalog = loadCatalog(lang);
  const english = loadCatalog('en');
  const view = familyView({ plan, config: ctx.config, catalog, english, ...(ctx.translation ? { translation: ctx.translation } : {}), ...(ctx.allowStale ? { allowStale: true } : {}) });
  const translated = lang === 'en' ? '' : ctx.translation ? ` · translation ${ctx.translation.reviewed ? 'reviewed by a native speaker' : 'not yet reviewed by a native speaker'}` : ' · no translation on file';
  const stamp = `Version ${plan.version ?? '(none)'} · printed ${ctx.rendered} · content ${familyContentHash(plan, ctx.config)} · ${catalog.englishName}${translated}`;
  const title = `${plan.site.name} - ${english.strings.title} ${plan.schoolYear} - ${catalog.englishName}`;
  return { ...renderFamilyHtml(view, stamp, title), view, stamp };
}
