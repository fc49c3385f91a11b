// One plan file -> the letters announcing its public meeting (EC 32288(b)(2)), in one language.
import { meetingNoticeView, type MeetingNoticeView } from '../edition/meeting-notice.js';
import type { Translation } from '../plan/translations.js';
import { loadCatalog } from './catalogs.js';
import type { DocumentContext } from './document.js';
import { renderMeetingNoticeHtml, type RenderedHtml } from './html.js';
import { loadPlan } from './load.js';

export interface MeetingNoticeDocument extends RenderedHtml {
  view: MeetingNoticeView;
}

export function meetingNoticeDocument(file: string, lang: string, ctx: DocumentContext & { translation?: Translation }): MeetingNoticeDocument {
  const plan = loadPlan(file, ctx.cwd, 'rendered', ctx.source);
  const catalog = loadCatalog(lang);
  // The date as the reader's language writes it (Node's ICU): "February 3, 2027", "3 de febrero de 2027".
  const formatDate = (iso: string) => new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
  const view = meetingNoticeView({ plan, ...(ctx.config?.district?.name ? { district: ctx.config.district.name } : {}), lang, dir: catalog.dir, ...(ctx.translation ? { translation: ctx.translation } : {}), formatDate });
  const stamp = `Version ${plan.version ?? '(none)'} · printed ${ctx.rendered} · public meeting notice · ${catalog.englishName}`;
  const title = `${plan.site.name} - Notice of the public meeting on the Comprehensive School Safety Plan ${plan.schoolYear} - ${catalog.englishName}`;
  return { ...renderMeetingNoticeHtml(view, catalog.strings.stale ?? '', stamp, title), view };
}
