/* SPDX-License-Identifier: MIT */
/* text.c: decodes a file's bytes to the text the passes read.  Refuses
 * binary files (a NUL byte, a known magic number), strips a UTF-8 BOM,
 * converts UTF-16 (with a BOM) and CP949/EUC-KR with g_convert, turns CRLF
 * and CR into LF and normalises to NFC piece by piece, cut before code
 * points nothing can compose across, in one linear pass. */
#include <string.h>

#include "extract-private.h"

static const struct
{
  const char *magic;
  gsize len;
  const char *what;
} magics[] = {
  { "%PDF-", 5, "PDF" },
  { "\x89PNG\r\n\x1a\n", 8, "PNG" },
  { "\xff\xd8\xff", 3, "JPEG" },
  { "GIF87a", 6, "GIF" },
  { "GIF89a", 6, "GIF" },
  { "PK\x03\x04", 4, "ZIP" },
  { "\x7f"
    "ELF",
    4, "ELF" },
  { "\x1f\x8b", 2, "gzip" },
};

static gboolean
check_binary (const guint8 *data, gsize len, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (len >= magics[i].len && memcmp (data, magics[i].magic, magics[i].len) == 0)
      {
        g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_BINARY, "binary file (%s)",
                     magics[i].what);
        return FALSE;
      }
  const guint8 *nul = len > 0 ? memchr (data, '\0', len) : NULL;
  if (nul != NULL)
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_BINARY,
                   "binary file (NUL byte at offset %zu)", (gsize)(nul - data));
      return FALSE;
    }
  return TRUE;
}

/* Returns valid UTF-8 (transfer full), converted from UTF-16 or CP949 when
 * needed, or NULL with an error naming the first bad byte. */
static char *
to_utf8 (const guint8 *data, gsize len, gsize *out_len, GError **error)
{
  const char *end = NULL;
  if (g_utf8_validate_len ((const char *)data, len, &end))
    {
      *out_len = len;
      return g_strndup ((const char *)data, len);
    }
  gsize bad = (const guint8 *)end - data;
  char *converted = g_convert ((const char *)data, len, "UTF-8", "CP949", NULL, out_len, NULL);
  if (converted != NULL && g_utf8_validate_len (converted, *out_len, NULL))
    return converted;
  g_free (converted);
  g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_ENCODING,
               "neither UTF-8 nor CP949 (invalid byte 0x%02x at offset %zu)", data[bad], bad);
  return NULL;
}

/* CRLF and CR to LF, in place. */
static gsize
unify_newlines (char *s, gsize len)
{
  const char *cr = memchr (s, '\r', len);
  if (cr == NULL)
    return len;
  gsize o = cr - s;
  for (gsize i = o; i < len; i++)
    {
      if (s[i] == '\r')
        {
          s[o++] = '\n';
          if (i + 1 < len && s[i + 1] == '\n')
            i++;
        }
      else
        s[o++] = s[i];
    }
  s[o] = '\0';
  return o;
}

/* A boundary is a code point before which text can be cut and both sides
 * normalised alone: NFC leaves it as it is, it is a starter, and it is not
 * the second half of any composition, so nothing before it can reach past
 * it.  ASCII, precomposed Hangul syllables (their first jamo is no second
 * half) and most punctuation and CJK are boundaries; combining marks, loose
 * jamo and anything with a canonical decomposition are not.  One bit per
 * BMP code point, computed once from GLib's own tables (8 KB, ~1 ms);
 * code points above the BMP are never boundaries. */
static guint8 boundary_bits[0x10000 / 8];

static gpointer
compute_boundaries (gpointer data)
{
  static guint8 second[0x10000 / 8];
  for (gunichar c = 0; c < 0x10000; c++)
    {
      gunichar a, b;
      if (g_unichar_decompose (c, &a, &b) && b != 0 && b < 0x10000)
        second[b >> 3] |= 1 << (b & 7);
    }
  for (gunichar c = 0; c < 0x10000; c++)
    {
      gunichar a, b;
      gboolean hangul = c >= 0xAC00 && c <= 0xD7A3;
      gboolean plain = g_unichar_combining_class (c) == 0 && !g_unichar_decompose (c, &a, &b)
                       && !(second[c >> 3] & (1 << (c & 7)));
      if ((c < 0xD800 || c > 0xDFFF) && (hangul || plain))
        boundary_bits[c >> 3] |= 1 << (c & 7);
    }
  return NULL;
}

gboolean
kg_text_is_nfc_boundary (gunichar c)
{
  static GOnce once = G_ONCE_INIT;
  g_once (&once, compute_boundaries, NULL);
  return c < 0x10000 && (boundary_bits[c >> 3] & (1 << (c & 7)));
}

/* The code point at @p of valid UTF-8 and its length in *n. */
static inline gunichar
next_char (const guint8 *p, guint *n)
{
  if (p[0] < 0x80)
    return *n = 1, p[0];
  if (p[0] < 0xE0)
    return *n = 2, ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  if (p[0] < 0xF0)
    return *n = 3, ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  return *n = 4, ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6)
                     | (p[3] & 0x3F);
}

/* NFC of valid UTF-8 @s.  The text is cut before every boundary; a piece
 * that is one boundary alone is NFC as it stands and is copied, and only
 * the rare pieces with something more (a combining mark after its base, a
 * loose jamo, a compatibility form) go through g_utf8_normalize, each on
 * its own few bytes.  Linear in @len; g_utf8_normalize over a whole text
 * is quadratic when it composes (it shifts the rest of its buffer once per
 * composition).  Returns NULL when @s is NFC already, so the caller keeps
 * its buffer. */
static char *
normalize (const char *s, gsize len, gsize *out_len)
{
  const guint8 *p = (const guint8 *)s, *e = p + len;
  GString *out = NULL;
  const guint8 *copied = p; /* bytes before this are in out */
  const guint8 *piece = p;  /* start of the current piece */
  gboolean clean = TRUE;    /* the current piece is one boundary alone */
  for (const guint8 *q = p; q <= e;)
    {
      guint n = 0;
      gboolean cut = q == e;
      if (!cut)
        {
          /* ASCII and Hangul syllables skip the table: most of any text. */
          if (*q < 0x80)
            cut = TRUE, n = 1;
          else
            {
              gunichar c = next_char (q, &n);
              cut = (c >= 0xAC00 && c <= 0xD7A3) || kg_text_is_nfc_boundary (c);
            }
        }
      if (cut && !clean)
        {
          if (out == NULL)
            out = g_string_sized_new (len + 16);
          g_string_append_len (out, (const char *)copied, piece - copied);
          g_autofree char *nfc = g_utf8_normalize ((const char *)piece, q - piece,
                                                   G_NORMALIZE_NFC);
          g_string_append (out, nfc);
          copied = q;
        }
      if (q == e)
        break;
      if (cut)
        piece = q, clean = TRUE;
      else
        clean = FALSE;
      q += n;
    }
  if (out == NULL)
    return NULL;
  g_string_append_len (out, (const char *)copied, e - copied);
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
is_blank (const char *s, gsize len)
{
  for (const char *p = s, *e = s + len; p < e; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0xFEFF)
      return FALSE;
  return TRUE;
}

char *
kg_document_decode (const char *name, const guint8 *data, gsize len, gsize *out_len, GError **error)
{
  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (out_len != NULL, NULL);
  g_autofree char *text = NULL;
  gsize n = 0;
  if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    {
      const char *from = data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      text = g_convert ((const char *)data + 2, len - 2, "UTF-8", from, NULL, &n, NULL);
      if (text == NULL || memchr (text, '\0', n) != NULL)
        {
          g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_ENCODING, "%s: not valid UTF-16",
                       name);
          return NULL;
        }
    }
  else
    {
      if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        data += 3, len -= 3;
      if (!check_binary (data, len, error) || (text = to_utf8 (data, len, &n, error)) == NULL)
        {
          g_prefix_error (error, "%s: ", name);
          return NULL;
        }
    }
  n = unify_newlines (text, n);
  if (is_blank (text, n))
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_EMPTY, "%s: no text", name);
      return NULL;
    }
  char *nfc = normalize (text, n, out_len);
  if (nfc != NULL)
    return nfc;
  *out_len = n;
  return g_steal_pointer (&text);
}
