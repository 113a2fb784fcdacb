/* SPDX-License-Identifier: MIT */
/* text.c: decodes a file's bytes to the text the passes read.  Refuses
 * binary files (a NUL byte, a known magic number), strips a UTF-8 BOM,
 * converts UTF-16 (with a BOM) and CP949/EUC-KR with g_convert, turns CRLF
 * and CR into LF and normalises to NFC in chunks cut before ASCII, so a
 * 50 MB file never needs a 200 MB UCS-4 copy. */
#include <string.h>

#include "extract-private.h"

#define NFC_CHUNK (64 * 1024)

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
  const guint8 *nul = memchr (data, '\0', len);
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

/* ASCII and precomposed Hangul syllables are NFC as they stand (and
 * nothing composes with them from before). */
static gboolean
surely_nfc (const char *s, gsize len)
{
  const guint8 *p = (const guint8 *)s, *e = p + len;
  while (p < e)
    {
      if (*p < 0x80)
        p++;
      else if ((*p & 0xF0) == 0xE0 && e - p >= 3)
        {
          gunichar c = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
          if (c < 0xAC00 || c > 0xD7A3)
            return FALSE;
          p += 3;
        }
      else
        return FALSE;
    }
  return TRUE;
}

/* NFC of @s, chunk by chunk: a chunk ends before an ASCII byte, which never
 * composes with what precedes it, so chunks normalise independently. */
static char *
normalize (const char *s, gsize len, gsize *out_len)
{
  GString *out = g_string_sized_new (len + 1);
  for (gsize from = 0; from < len;)
    {
      gsize to = MIN (len, from + NFC_CHUNK);
      while (to < len && (guint8)s[to] >= 0x80)
        to++;
      if (surely_nfc (s + from, to - from))
        g_string_append_len (out, s + from, to - from);
      else
        {
          g_autofree char *n = g_utf8_normalize (s + from, to - from, G_NORMALIZE_NFC);
          g_string_append (out, n);
        }
      from = to;
    }
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
  if (surely_nfc (text, n))
    {
      *out_len = n;
      return g_steal_pointer (&text);
    }
  return normalize (text, n, out_len);
}
