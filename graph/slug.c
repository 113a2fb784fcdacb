/* SPDX-License-Identifier: MIT */
/* slug.c: kg_slug(), stable ids from names.  One pass over the NFC form:
 * ASCII letters and digits are kept in lower case, a Hangul syllable is
 * split into its initial, medial and final jamo and spelt with the Revised
 * Romanization tables (no assimilation across syllables), other letters are
 * folded with g_str_to_ascii () in the C locale, and letters with no ASCII
 * form become "u" and their hex code point.  Anything else separates. */
#include <string.h>

#include "graph-private.h"

#define HANGUL_FIRST 0xAC00
#define HANGUL_LAST 0xD7A3
#define N_MEDIALS 21
#define N_FINALS 28

static const char *const initials[] = {
  "g",  "kk", "n", "d",  "tt", "r", "m", "b", "pp", "s",
  "ss", "",   "j", "jj", "ch", "k", "t", "p", "h",
};

static const char *const medials[N_MEDIALS] = {
  "a",  "ae", "ya", "yae", "eo", "e",  "yeo", "ye", "o",  "wa", "wae",
  "oe", "yo", "u",  "wo",  "we", "wi", "yu",  "eu", "ui", "i",
};

/* A final is spelt as it sounds at the end of a word: ㄱㄲㅋ k, ㄷㅅㅆㅈㅊㅌㅎ t,
 * ㅂㅍ p; a double final by the consonant that is heard. */
static const char *const finals[N_FINALS] = {
  "",  "k", "k", "k", "n", "n", "n", "t",  "l", "k", "m", "l", "l", "l",
  "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
};

typedef struct {
  GString *out;
  gboolean pending; /* a separator is due before the next letter */
} Slug;

static void
put (Slug *s, const char *ascii)
{
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p))
        continue;
      if (s->pending && s->out->len > 0)
        g_string_append_c (s->out, '-');
      s->pending = FALSE;
      g_string_append_c (s->out, g_ascii_tolower (*p));
    }
}

static void
put_hangul (Slug *s, gunichar c)
{
  guint i = c - HANGUL_FIRST;
  put (s, initials[i / (N_MEDIALS * N_FINALS)]);
  put (s, medials[i / N_FINALS % N_MEDIALS]);
  put (s, finals[i % N_FINALS]);
}

/* A letter or digit outside ASCII and Hangul: its NFKC form (fullwidth "Ａ"
 * is "A"), folded; failing that its code point, as a word of its own. */
static void
put_other (Slug *s, gunichar c)
{
  char utf8[8] = { 0 };
  g_unichar_to_utf8 (c, utf8);
  g_autofree char *compat = g_utf8_normalize (utf8, -1, G_NORMALIZE_NFKC);
  g_autofree char *ascii = g_str_to_ascii (compat != NULL ? compat : utf8, "C");
  gsize before = s->out->len;
  put (s, ascii);
  if (s->out->len > before)
    return;
  g_autofree char *code = g_strdup_printf ("u%04x", c);
  s->pending = TRUE;
  put (s, code);
  s->pending = TRUE;
}

char *
kg_slug (const char *name)
{
  g_return_val_if_fail (name != NULL, g_strdup ("x"));
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  g_autofree char *nfc = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
  Slug s = { g_string_new (NULL), FALSE };
  for (const char *p = nfc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c < 0x80)
        {
          char ascii[2] = { (char)c, '\0' };
          if (g_ascii_isalnum (c))
            put (&s, ascii);
          else
            s.pending = TRUE;
        }
      else if (c >= HANGUL_FIRST && c <= HANGUL_LAST)
        put_hangul (&s, c);
      else if (g_unichar_ismark (c))
        continue; /* an accent left over after NFC belongs to its letter */
      else if (g_unichar_isalnum (c))
        put_other (&s, c);
      else
        s.pending = TRUE;
    }
  if (s.out->len == 0)
    g_string_append_c (s.out, 'x');
  return g_string_free (s.out, FALSE);
}
