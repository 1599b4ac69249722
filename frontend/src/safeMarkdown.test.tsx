import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SafeMarkdown } from './SafeMarkdown';

const html = (text: string) => renderToStaticMarkup(<SafeMarkdown text={text} />);

describe('SafeMarkdown', () => {
  it('renders the allowed subset', () => {
    const out = html('**Bold** and *soft* with `code`\n\n- one\n- two\n\n[report](https://example.org/r)');
    expect(out).toContain('<strong>Bold</strong>');
    expect(out).toContain('<em>soft</em>');
    expect(out).toContain('<code>code</code>');
    expect(out).toContain('<li>one</li>');
    expect(out).toContain('<a href="https://example.org/r" rel="noopener noreferrer nofollow">report</a>');
  });

  it('lets no script or markup through', () => {
    const out = html('<script>alert(1)</script><img src=x onerror=alert(1)> [click](javascript:alert(1)) # Heading ![i](https://x/i.png)');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('onerror');
    expect(out).not.toContain('javascript:');
    expect(out).not.toContain('<h1');
  });
});
