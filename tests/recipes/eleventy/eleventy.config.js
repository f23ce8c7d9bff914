// Eleventy: a `factpack` shortcode that writes the <fact-pack> element, and
// the widget's files copied through. Copy the widget's files (www/factpack
// after `make build`) to ./factpack and your bundle to ./facts.fpk; after
// `eleventy`, run `factpack render facts.fpk --into _site/` to put the
// static fallback inside every <fact-pack>.
const attr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy('factpack');
  eleventyConfig.addPassthroughCopy('facts.fpk');
  // {% factpack "timeline", "entity:Japan" %} — view, then an optional filter.
  eleventyConfig.addShortcode('factpack', function (view = 'all', filter = '', src = '/facts.fpk') {
    const once = this.page.factpack ? '' : '<link rel="stylesheet" href="/factpack/static.css">\n<script type="module" src="/factpack/factpack.js"></script>\n';
    this.page.factpack = true;
    const f = filter ? ` filter="${attr(filter)}"` : '';
    return `${once}<fact-pack src="${attr(src)}" view="${attr(view)}"${f}></fact-pack>`;
  });
}
