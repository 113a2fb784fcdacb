/* SPDX-License-Identifier: MIT */
/* sentences.c: splits the text outside boilerplate spans into sentences, in
 * one left-to-right pass: at line breaks, and at . ! ? … 。 followed by
 * space, a closing quote or the end (not after abbreviations such as "U.S."
 * or an initial, not inside 1.5).  A sentence longer than KG_SENTENCE_MAX is
 * cut at a space, so later passes never see one huge sentence. */
#include <string.h>

#include "extract-private.h"
#include "korean.h"

#define KG_SENTENCE_MAX 2048

static gboolean
is_space_char (const char *p, const char *end, gsize *n)
{
  guint8 b = (guint8)*p;
  if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v')
    return (*n = 1);
  if (end - p >= 2 && b == 0xC2 && (guint8)p[1] == 0xA0) /* no-break space */
    return (*n = 2);
  if (end - p >= 3 && b == 0xE3 && (guint8)p[1] == 0x80 && (guint8)p[2] == 0x80)
    return (*n = 3); /* ideographic space */
  return FALSE;
}

static gsize
bullet_len (const KgKorean *k, const char *p, const char *end)
{
  for (guint i = 0; i < k->n_bullets; i++)
    {
      const char *b = k->bullets[i];
      gsize n = strlen (b);
      if ((gsize)(end - p) < n || memcmp (p, b, n) != 0)
        continue;
      /* A letter used as a bullet (ㅇ) must stand alone. */
      gsize sp;
      if (g_unichar_isalnum (g_utf8_get_char (b)) && p + n < end
          && !is_space_char (p + n, end, &sp))
        continue;
      return n;
    }
  return 0;
}

static void
emit (KgDoc *doc, const KgKorean *k, gsize start, gsize end)
{
  const char *t = doc->text;
  for (;;)
    {
      gsize n = 0;
      if (start < end && is_space_char (t + start, t + end, &n))
        start += n;
      else if (start < end && (n = bullet_len (k, t + start, t + end)) > 0)
        start += n;
      else
        break;
    }
  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (t + start, t + end);
      gsize n = 0;
      if (prev == NULL || !is_space_char (prev, t + end, &n))
        break;
      end = prev - t;
    }
  if (end > start)
    {
      KgSentence s = { .start = start, .end = end };
      g_array_append_val (doc->sentences, s);
    }
}

static gboolean
is_closer (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x300D
         || c == 0x300F || c == 0x300B || c == 0x3009 || c == 0xFF09;
}

/* Is the '.' at @dot the end of an abbreviation ("U.S.", "Inc.") or of an
 * initial ("J.")? */
static gboolean
is_abbreviation (const KgKorean *k, const char *text, gsize from, gsize dot)
{
  gsize a = dot;
  while (a > from && !g_ascii_isspace (text[a - 1]) && text[a - 1] != '(' && text[a - 1] != '"')
    a--;
  gsize n = dot + 1 - a;
  if (n == 2 && g_ascii_isupper (text[a]))
    return TRUE;
  if (n > 15)
    return FALSE;
  char word[16];
  memcpy (word, text + a, n);
  word[n] = '\0';
  if (g_hash_table_contains (k->abbreviations, word))
    return TRUE;
  /* Letters joined by dots: "U.S.", "a.m.", "N.Y." */
  for (gsize i = 0; i < n; i += 2)
    if (!g_ascii_isalpha (word[i]) || word[i + 1] != '.')
      return FALSE;
  return n >= 4;
}

/* If a sentence ends at @i (a terminal mark), returns the index just past
 * its marks and closing quotes; else 0. */
static gsize
sentence_end (const KgKorean *k, const char *t, gsize from, gsize i, gsize end)
{
  gunichar c = g_utf8_get_char (t + i);
  gboolean wide = c == 0x3002 || c == 0xFF01 || c == 0xFF1F; /* 。！？ */
  if (c != '.' && c != '!' && c != '?' && c != 0x2026 && !wide)
    return 0;
  gunichar before = i > from ? g_utf8_get_char (g_utf8_find_prev_char (t + from, t + i)) : 0;
  if (c == '.' && is_abbreviation (k, t, from, i))
    return 0;
  gsize j = i;
  for (;;)
    {
      gunichar d = j < end ? g_utf8_get_char (t + j) : 0;
      if (j < end
          && (d == '.' || d == '!' || d == '?' || d == 0x2026 || d == 0x3002 || d == 0xFF01
              || d == 0xFF1F || is_closer (d)))
        j = g_utf8_next_char (t + j) - t;
      else
        break;
    }
  gsize n;
  if (j >= end || wide || is_space_char (t + j, t + end, &n))
    return j;
  /* "했다.그러나": a Korean ending glued to the next sentence. */
  gunichar next = g_utf8_get_char (t + j);
  if (c == '.' && j == i + 1 && before >= 0xAC00 && before <= 0xD7A3 && next >= 0xAC00
      && next <= 0xD7A3)
    return j;
  return 0;
}

/* The first bytes of . ! ? and of … 。 ！ ？ (E2, E3, EF). */
static inline gboolean
may_end (char c)
{
  guint8 b = (guint8)c;
  return b == '.' || b == '!' || b == '?' || b == 0xE2 || b == 0xE3 || b == 0xEF;
}

/* Quotes: '...' and “...” may hold sentences of their own ("'약속을
 * 위반했다. 전환을 막아달라'는 소송을 제기했다"); a sentence does not end
 * inside a quote that closes before the line does, within QUOTE_REACH. */
#define QUOTE_REACH 400

static gboolean
opens_quote (const char *t, gsize from, gsize i, gunichar c)
{
  if (c == 0x2018 || c == 0x201C || c == 0x300C || c == 0x300E)
    return TRUE;
  if (c != '\'' && c != '"')
    return FALSE;
  /* ASCII quotes open after a space or a bracket, not inside "Nvidia's". */
  return i == from || t[i - 1] == ' ' || t[i - 1] == '(' || t[i - 1] == '\n';
}

static gboolean
closes_quote (gunichar c)
{
  return c == 0x2019 || c == 0x201D || c == 0x300D || c == 0x300F || c == '\'' || c == '"';
}

/* Does a closing quote follow \p i before the line ends? */
static gboolean
quote_closes_ahead (const char *t, gsize i, gsize to)
{
  gsize stop = MIN (to, i + QUOTE_REACH);
  for (const char *p = t + i; p < t + stop && *p != '\n'; p = g_utf8_next_char (p))
    if (closes_quote (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Do the closing marks of a sentence, [i, e), close a quote ("... 끝."")? */
static gboolean
closes_between (const char *t, gsize i, gsize e)
{
  for (const char *p = t + i; p < t + e; p = g_utf8_next_char (p))
    if (closes_quote (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static void
split_region (KgDoc *doc, const KgKorean *k, gsize from, gsize to)
{
  const char *t = doc->text;
  gsize start = from;
  gboolean quoted = FALSE;
  /* Byte by byte: every mark that can end a sentence starts with an ASCII
   * byte or a lead byte, never a continuation byte. */
  for (gsize i = from; i < to;)
    {
      gsize e;
      if (t[i] == '\n')
        {
          emit (doc, k, start, i);
          start = i = i + 1;
          quoted = FALSE;
          continue;
        }
      if ((guint8)t[i] == '\'' || (guint8)t[i] == '"' || (guint8)t[i] == 0xE2 || (guint8)t[i] == 0xE3)
        {
          gunichar c = g_utf8_get_char (t + i);
          if (!quoted && opens_quote (t, start, i, c))
            quoted = TRUE;
          else if (quoted && closes_quote (c))
            quoted = FALSE;
        }
      if (may_end (t[i]) && (e = sentence_end (k, t, start, i, to)) > 0
          && !(quoted && !closes_between (t, i, e) && quote_closes_ahead (t, e, to)))
        {
          emit (doc, k, start, e);
          start = i = e;
          quoted = FALSE;
        }
      else if (i - start >= KG_SENTENCE_MAX)
        {
          gsize cut = i;
          while (cut > start + KG_SENTENCE_MAX / 2 && t[cut - 1] != ' ')
            cut--;
          if (t[cut - 1] != ' ')
            for (cut = i; ((guint8)t[cut] & 0xC0) == 0x80; cut--)
              ;
          emit (doc, k, start, cut);
          start = cut;
          i++;
        }
      else
        i++;
    }
  emit (doc, k, start, to);
}

void
kg_pass_sentences (KgDoc *doc)
{
  const KgKorean *k = kg_korean_get (NULL);
  g_return_if_fail (k != NULL);
  gsize pos = 0;
  for (guint i = 0; i < doc->skip->len; i++)
    {
      const KgSpan *span = &g_array_index (doc->skip, KgSpan, i);
      if (span->start > pos)
        split_region (doc, k, pos, span->start);
      pos = MAX (pos, span->end);
    }
  if (pos < doc->len)
    split_region (doc, k, pos, doc->len);
}
