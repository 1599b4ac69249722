import Markdown from 'react-markdown';

/**
 * The Markdown subset that messages and comments may use: paragraphs, bold, italics, code, links,
 * lists and quotes. Raw HTML is dropped, other elements are reduced to their text, and link
 * addresses other than http(s) and mailto are removed, so no script can reach a browser.
 */
const ALLOWED = ['p', 'strong', 'em', 'code', 'a', 'ul', 'ol', 'li', 'blockquote', 'br'];

export function safeUrl(url: string): string {
  return /^(https?:|mailto:)/i.test(url.trim()) ? url : '';
}

export function SafeMarkdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown
        skipHtml
        allowedElements={ALLOWED}
        unwrapDisallowed
        urlTransform={safeUrl}
        components={{ a: ({ href, children }) => <a href={href || undefined} rel="noopener noreferrer nofollow">{children}</a> }}
      >
        {text}
      </Markdown>
    </div>
  );
}
