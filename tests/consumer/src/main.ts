// A bundler user's code: the element, the JS API and the fact types.
import { loadBundle, mount, type Bundle, type Fact, type FactPackElement, type QuoteFact } from 'factpack';

// The element is typed through HTMLElementTagNameMap.
const element: FactPackElement = document.querySelector('fact-pack')!;
element.limit = '3';

// @ts-expect-error: not a view (the types know the views).
element.view = 'map';
element.view = 'numbers';

const widget = await mount(document.getElementById('mounted')!, { view: 'quotes', lang: 'en', theme: 'dark' });
widget.update({ filter: 'kind:quote' });

const bundle: Bundle = await loadBundle();
const quotes = bundle.facts.filter((f: Fact): f is QuoteFact => f.kind === 'quote');
const speakers = new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null));
document.getElementById('summary')!.textContent = JSON.stringify({
  facts: bundle.facts.length,
  quotes: quotes.length,
  speakers: speakers.size,
  articles: bundle.articles.map((a) => a.id),
});
