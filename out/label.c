/* SPDX-License-Identifier: MIT */
/* label.c: makes text from articles safe for plain Graphviz labels and
 * tooltips.  One pass over valid UTF-8: control characters, bidi overrides
 * and non-characters dropped, white space folded, backslashes doubled (so
 * \N, \l, \G are drawn, not expanded; in tooltips, which Graphviz expands
 * twice, quadrupled), then cut to a length.  Graphviz
 * itself XML-escapes the text it writes into SVG; tests/hostile.sh checks. */
#include <string.h>

#include "style.h"

/* Characters that are dropped: C0/C1 controls, the bidi embeddings,
 * overrides and isolates (which could reorder the text around them in the
 * SVG), marks, the byte-order mark and XML's forbidden non-characters. */
static gboolean
is_dropped (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
         || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff
         || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

static gboolean
is_space (gunichar c)
{
  return c == '\t' || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029
         || g_unichar_isspace (c);
}

/* \p backslash replaces each backslash of the text, \p amp each '&'. */
static char *
clean (const char *text, glong max_chars, const char *backslash, const char *amp)
{
  if (text == NULL)
    return g_strdup ("");
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_sized_new (strlen (valid) + 8);
  glong n = 0;
  gboolean pending_space = FALSE;
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (is_space (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (is_dropped (c))
        continue;
      if (n + (pending_space ? 1 : 0) >= max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (pending_space)
        {
          g_string_append_c (out, ' ');
          n++;
          pending_space = FALSE;
        }
      if (c == '\\')
        g_string_append (out, backslash);
      else if (c == '&')
        g_string_append (out, amp);
      else
        g_string_append_unichar (out, c);
      n++;
    }
  return g_string_free (out, FALSE);
}

char *
kg_diagram_text (const char *text, glong max_chars)
{
  /* Graphviz decodes entities in plain labels ("&amp;" is drawn "&") and
   * leaves a valid one alone when it writes SVG: so every '&' is written
   * as "&amp;", and "&amp;" in an article is drawn as it stands. */
  return clean (text, max_chars, "\\\\", "&amp;");
}

char *
kg_diagram_tip_text (const char *text, glong max_chars)
{
  /* Graphviz 2.42 expands the escapes of a tooltip twice (emit.c, once
   * for the object and once for its map area): "\\\\N" is drawn "\N",
   * where "\\N" would be drawn as the node's name. */
  return clean (text, max_chars, "\\\\\\\\", "&amp;");
}

char *
kg_diagram_html_text (const char *text, glong max_chars)
{
  /* Graphviz reads \N and \\ in HTML-like text too, and reads past the end
   * of a text that ends in one backslash. */
  g_autofree char *plain = clean (text, max_chars, "\\\\", "&");
  /* Only this escape: the HTML-like parser decodes it once, as written. */
  return g_markup_escape_text (plain, -1);
}
