// make size's attribution of wasm functions to the widget's parts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partOf } from './size.mjs';

test('functions are counted where they belong, generic code with its component', () => {
  const cases = [
    ['factpack[1a]::ui::render::timeline::__component_chart', 'view: timeline'],
    ['factpack[1a]::ui::render::__component_card::{closure#0}', 'views: shared parts (card, citation, panel)'],
    ['<factpack[1a]::ui::model::Model>::hits', 'ui: model'],
    ['factpack[1a]::widget::explorer::__component_explorer', 'widget: explorer'],
    // Leptos's code for a view's element tree is that view's.
    ['<tachys[2b]::html::element::HtmlElement<tachys[2b]::svg::G, (tachys[2b]::html::class::Class<factpack[1a]::ui::render::timeline::__component_chart::{closure#0}>,), ()> as tachys[2b]::view::Render>::rebuild', 'view: timeline'],
    ['leptos[3c]::for_loop::__component_for::<factpack[1a]::ui::render::entities::__component_chips::{closure#0}, alloc[4d]::vec::Vec<usize>>', 'view: entities'],
    ['<alloc[4d]::vec::Vec<leptos[3c]::into_view::View<factpack[1a]::ui::render::compare::Row>>>::clone', 'view: compare'],
    // The framework's and the standard library's own code stays theirs.
    ['tachys[2b]::view::keyed::diff::<usize>', 'Leptos (framework)'],
    ['<str>::to_lowercase', 'core, alloc, std (other)'],
    ['dlmalloc[5e]::dlmalloc::Dlmalloc::malloc', 'allocator (dlmalloc)'],
    ['<web_sys[6f]::Element>::set_attribute', 'browser bindings'],
  ];
  for (const [name, part] of cases) assert.equal(partOf(name), part, name);
});
