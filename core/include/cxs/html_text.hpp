// HTML text: what a reader sees of an HTML fragment (a mail part, an Intercom message body).
#pragma once

#include <string>
#include <string_view>

namespace cxs {

/// Rendered text of HTML: tags dropped, script/style/head skipped, entities decoded (the named
/// ones mail and chat tools use, and every numeric one), runs of white space collapsed to one
/// space, block elements and <br> on their own lines, lines inside <blockquote> prefixed "> ".
std::string html_to_text(std::string_view html);

/// True when `text` holds a rich-text tag (`<p>`, `</div>`, `<br/>`, `<a href>`, `<!-- -->`: the
/// elements chat and help-desk editors write) or a character reference (`&amp;`, `&#39;`), so
/// that html_to_text shows it as a reader would. A lone `<` ("a < b") or `&` ("R&D") does not
/// count, nor does another tag in a plain cell (`<img onerror=…>`), which stays text as written.
bool looks_like_html(std::string_view text);

}  // namespace cxs
