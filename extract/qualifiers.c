/* SPDX-License-Identifier: MIT */
/* qualifiers.c: the dates, amounts of money and quantities of a clause, as
 * qualifiers of the relations found in it: "2015년 12월" -> 2015-12,
 * "지난해 11월" -> the article's year minus one, "974억 달러" ->
 * 97400000000 USD, "$97.4 billion", "H100 10만개" -> 100000.  The forms are
 * the named-group regexes of qualifiers.json; this file only does the
 * arithmetic.  The original text is kept beside the value. */
#include <stdlib.h>
#include <string.h>

#include "relations.h"

/* The named group \p name of \p mi, or NULL when it did not take part. */
static char *
group (GMatchInfo *mi, const char *name)
{
  char *s = g_match_info_fetch_named (mi, name);
  if (s != NULL && *s == '\0')
    g_clear_pointer (&s, g_free);
  return s;
}

static double
number (const char *s)
{
  if (s == NULL)
    return 0;
  g_autofree char *plain = g_strdup (s);
  char *o = plain;
  for (const char *p = s; *p; p++)
    if (*p != ',')
      *o++ = *p;
  *o = '\0';
  return g_ascii_strtod (plain, NULL);
}

static double
multiplier (const KgRules *rules, const char *word)
{
  if (word == NULL)
    return 1;
  g_autofree char *key = g_utf8_strdown (word, -1);
  const double *m = g_hash_table_lookup (rules->multipliers, key);
  return m != NULL ? *m : 1;
}

/* "2024", "2024-02", "2024-02-29"; months and days are checked. */
static char *
iso_date (int y, int m, int d)
{
  if (y < 1900 || y > 2100 || m < 0 || m > 12 || d < 0 || d > 31 || (m == 0 && d > 0))
    return NULL;
  if (d > 0 && !g_date_valid_dmy (d, m, y))
    return NULL;
  if (m == 0)
    return g_strdup_printf ("%04d", y);
  if (d == 0)
    return g_strdup_printf ("%04d-%02d", y, m);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

static int
int_group (GMatchInfo *mi, const char *name)
{
  g_autofree char *s = group (mi, name);
  return s != NULL ? atoi (s) : 0;
}

static char *
date_value (const KgRules *rules, GMatchInfo *mi, const char *ref_date)
{
  int ref_y = ref_date != NULL ? atoi (ref_date) : 0;
  int ref_m = ref_date != NULL && strlen (ref_date) >= 7 ? atoi (ref_date + 5) : 0;
  int y = int_group (mi, "y"), m = int_group (mi, "m"), d = int_group (mi, "d");
  if (y == 0)
    y = int_group (mi, "y2"), m = int_group (mi, "m2"), d = int_group (mi, "d2");
  if (y == 0)
    y = int_group (mi, "y3");
  g_autofree char *mon = group (mi, "mon");
  if (mon != NULL)
    {
      g_autofree char *key = g_utf8_strdown (mon, -1);
      m = GPOINTER_TO_INT (g_hash_table_lookup (rules->months, key));
    }
  if (y > 0)
    return iso_date (y, m, d);
  /* Relative to the article's date: 지난해 11월, 지난달, 2월 21일. */
  g_autofree char *rel = group (mi, "rel");
  int rm = int_group (mi, "rm"), rd = int_group (mi, "rd");
  if (rel == NULL)
    rm = int_group (mi, "rm2"), rd = int_group (mi, "rd2");
  if (ref_y == 0)
    return NULL;
  if (rel != NULL)
    {
      int shift = GPOINTER_TO_INT (g_hash_table_lookup (rules->relative_years, rel));
      if (shift == 0)
        return NULL;
      y = ref_y + shift - 100;
      if (rm == 0 && g_str_has_prefix (rel, "지난달"))
        rm = ref_m > 1 ? ref_m - 1 : 12, y -= ref_m == 1;
      else if (rm == 0 && (g_str_has_prefix (rel, "이달") || g_str_has_prefix (rel, "이번")))
        rm = ref_m;
      return rm == 0 && rd > 0 ? NULL : iso_date (y, rm, rd);
    }
  /* "2월 21일" with no year: the article's year, or the one before when
   * the month is still to come. */
  if (rm == 0)
    return NULL;
  return iso_date (ref_m > 0 && rm > ref_m ? ref_y - 1 : ref_y, rm, rd);
}

static const char *
currency (const KgRules *rules, GMatchInfo *mi)
{
  g_autofree char *cur = group (mi, "cur");
  if (cur == NULL)
    cur = group (mi, "cur2");
  if (cur == NULL)
    return NULL;
  g_autofree char *key = g_utf8_strdown (cur, -1);
  return g_hash_table_lookup (rules->currencies, key);
}

/* The amount of a money or quantity match: num * mul + num2 * mul2, or the
 * second pair alone when the first did not match ("$5 billion" / "5 billion
 * dollars"). */
static char *
amount (const KgRules *rules, GMatchInfo *mi)
{
  g_autofree char *num = group (mi, "num"), *mul = group (mi, "mul");
  g_autofree char *num2 = group (mi, "num2"), *mul2 = group (mi, "mul2");
  double v = 0;
  if (num != NULL)
    {
      v = number (num) * multiplier (rules, mul);
      if (num2 != NULL)
        v += number (num2) * multiplier (rules, mul2);
    }
  else if (num2 != NULL)
    v = number (num2) * multiplier (rules, mul2);
  if (v <= 0 || v > 1e18)
    return NULL;
  return g_strdup_printf ("%.0f", v);
}

typedef struct {
  KgQualifier *out;
  guint n, max;
  GStringChunk *strings;
} Sink;

static void
put (Sink *sink, KgQualifierKind kind, const char *text, gsize len, char *value, const char *unit)
{
  if (value == NULL || sink->n >= sink->max)
    {
      g_free (value);
      return;
    }
  for (guint i = 0; i < sink->n; i++)
    if (sink->out[i].kind == kind && strcmp (sink->out[i].value, value) == 0)
      {
        g_free (value);
        return;
      }
  KgQualifier *q = &sink->out[sink->n++];
  q->kind = kind;
  q->text = g_string_chunk_insert_len (sink->strings, text, len);
  q->value = g_string_chunk_insert (sink->strings, value);
  q->unit = unit != NULL ? g_string_chunk_insert_const (sink->strings, unit) : NULL;
  g_free (value);
}

static void
scan (const KgRules *rules, GRegex *re, KgQualifierKind kind, const char *text, gsize start,
      gsize end, const char *ref_date, Sink *sink)
{
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match_full (re, text + start, end - start, 0, 0, &mi, NULL);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e;
      g_match_info_fetch_pos (mi, 0, &s, &e);
      const char *t = text + start + s;
      if (kind == KG_QUAL_DATE)
        put (sink, kind, t, e - s, date_value (rules, mi, ref_date), NULL);
      else if (kind == KG_QUAL_MONEY)
        {
          const char *cur = currency (rules, mi);
          if (cur != NULL)
            put (sink, kind, t, e - s, amount (rules, mi), cur);
        }
      else
        {
          g_autofree char *unit = group (mi, "unit");
          if (unit == NULL)
            unit = group (mi, "unit2");
          gboolean counted = unit != NULL && (g_str_has_prefix (unit, "개") || g_str_has_prefix (unit, "대") || g_str_has_prefix (unit, "장"));
          put (sink, kind, t, e - s, amount (rules, mi), counted ? "units" : unit);
        }
    }
}

guint
kg_find_qualifiers (const KgRules *rules, KgLang lang, const char *text, gsize start, gsize end,
                    const char *ref_date, KgQualifier *out, guint max, GStringChunk *strings)
{
  Sink sink = { out, 0, max, strings };
  scan (rules, rules->dates[lang], KG_QUAL_DATE, text, start, end, ref_date, &sink);
  scan (rules, rules->money[lang], KG_QUAL_MONEY, text, start, end, ref_date, &sink);
  scan (rules, rules->quantity[lang], KG_QUAL_QUANTITY, text, start, end, ref_date, &sink);
  return sink.n;
}

char *
kg_document_date (const KgRules *rules, const char *text, gsize len)
{
  /* The date stamp sits near the top of a page. */
  gsize head = MIN (len, 2048);
  g_autoptr (GMatchInfo) mi = NULL;
  if (!g_regex_match_full (rules->doc_date, text, head, 0, 0, &mi, NULL))
    return NULL;
  return iso_date (int_group (mi, "y"), int_group (mi, "m"), int_group (mi, "d"));
}
