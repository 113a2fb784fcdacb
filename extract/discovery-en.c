/* SPDX-License-Identifier: MIT */
/* discovery-en.c: English cues.  A person is two or three capitalised words
 * next to a role ("CEO Jane Doe", "Jane Doe, Acme's chief executive"), a
 * verb of saying ("said Jane Doe", "Jane Doe told"), a relative clause or an
 * age ("Jane Doe, who", "Jane Doe, 45,").  A company is the capitalised
 * words before a company role ("Acme co-founder") or after "ROLE of"
 * ("chief executive of Acme Robotics").  A product is named by an
 * apposition ("El Capitan, a supercomputer"), between an article and a
 * type noun ("the Pi chatbot") or after one ("chips called Sohu"), and is
 * typed by the noun (cues.json "quoted").
 * Every regex is compiled once in discovery-cues.c. */
#include <string.h>

#include "discovery.h"

/* Counts the words of [s, e) and how many are stop words; *lead: the end
 * of the stop words at its start. */
static guint
count_words (const KgCues *c, const char *text, int s, int e, guint *stops, int *lead)
{
  guint n = 0;
  *stops = 0;
  *lead = s;
  gboolean leading = TRUE;
  for (int p = s; p < e;)
    {
      int q = p;
      while (q < e && text[q] != ' ' && text[q] != '\n' && text[q] != '\t')
        q++;
      if (q > p)
        {
          int w_end = q;
          while (w_end > p && strchr (".'’", text[w_end - 1]) != NULL)
            w_end--;
          gboolean stop = kg_set_has (c->stop_en, text + p, w_end - p)
                          || kg_set_has (c->stop_en, text + p, q - p);
          n++;
          *stops += stop;
          if (leading && stop)
            *lead = q + 1;
          else
            leading = FALSE;
        }
      p = q + 1;
    }
  return n;
}

static gboolean
person_ok (const KgCues *c, const char *text, int s, int e)
{
  guint stops;
  int lead;
  return count_words (c, text, s, e, &stops, &lead) >= 2 && stops == 0;
}

static void
find_persons (KgFinder *f, const KgCues *c, GRegex *re, guint cue, gsize start,
              gsize end)
{
  if (!kg_prefilter_may_match (f->hits, c->codes->len + cue, start, end))
    return;
  const char *text = f->doc->text;
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match_full (re, text, end, start, 0, &mi, NULL);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e;
      if (g_match_info_fetch_named_pos (mi, "name", &s, &e) && s >= 0
          && person_ok (c, text, s, e))
        kg_finder_emit (f, s, e, KG_TYPE_PERSON, NULL, FALSE);
    }
}

/* "Paris-based", "Microsoft-backed": an attribute, not a name. */
static gboolean
is_attribute (const char *text, int s, int e)
{
  static const char *const ends[] = { "-based", "-backed", "-owned", "-made", "-led", "-born",
                                      "-founded", "-funded", "-run", "-like", "-style" };
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      int n = strlen (ends[i]);
      if (e - s > n && g_ascii_strncasecmp (text + e - n, ends[i], n) == 0)
        return TRUE;
    }
  /* "Japanese-language", "open-source": a compound that ends in a
   * lower-case word is an adjective */
  const char *dash = g_strrstr_len (text + s, e - s, "-");
  if (dash != NULL && dash + 1 < text + e)
    {
      gboolean lower = TRUE;
      for (const char *p = dash + 1; p < text + e; p++)
        lower &= g_ascii_islower (*p);
      if (lower)
        return TRUE;
    }
  /* a lone adverb before a comma: "Separately, the firm" */
  return e - s > 2 && memchr (text + s, ' ', e - s) == NULL && text[e - 1] == 'y'
         && text[e - 2] == 'l';
}

/* The words before a company role or after "ROLE of": leading stop words
 * are trimmed ("Former Acme" -> "Acme"); any other stop word rejects. */
static void
find_companies (KgFinder *f, const KgCues *c, GRegex *re, guint cue, gsize start,
                gsize end)
{
  if (!kg_prefilter_may_match (f->hits, c->codes->len + cue, start, end))
    return;
  const char *text = f->doc->text;
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match_full (re, text, end, start, 0, &mi, NULL);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e, lead;
      guint stops;
      if (!g_match_info_fetch_named_pos (mi, "org", &s, &e) || s < 0)
        continue;
      /* the end of the sentence, not of "Inc." or "Corp." */
      if (e - s > 1 && text[e - 1] == '.')
        {
          int w = e - 1;
          while (w > s && text[w - 1] != ' ')
            w--;
          if (e - 1 - w > 4 || !g_ascii_isupper (text[w]))
            e--;
        }
      guint n = count_words (c, text, s, e, &stops, &lead);
      if (lead >= e || n == 0 || is_attribute (text, lead, e))
        continue;
      int s2 = lead;
      count_words (c, text, s2, e, &stops, &lead);
      if (stops > 0 || kg_finder_type_at (f, s2, e) == KG_TYPE_PERSON)
        continue;
      lead = s2;
      kg_finder_emit (f, lead, e, KG_TYPE_ORGANIZATION, NULL, FALSE);
    }
}

/* "El Capitan, a supercomputer", "the Pi chatbot": typed by the noun. */
static void
find_typed (KgFinder *f, const KgCues *c, GRegex *re, guint cue, gsize start,
            gsize end)
{
  if (!kg_prefilter_may_match (f->hits, c->codes->len + cue, start, end))
    return;
  const char *text = f->doc->text;
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match_full (re, text, end, start, 0, &mi, NULL);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e, lead;
      guint stops;
      g_autofree char *noun = g_match_info_fetch_named (mi, "noun");
      gpointer t = g_hash_table_lookup (c->quoted_types, noun);
      if (t == NULL || !g_match_info_fetch_named_pos (mi, "name", &s, &e) || s < 0)
        continue;
      while (e > s && (text[e - 1] == '.' || text[e - 1] == '-'))
        e--; /* the end of the sentence */
      count_words (c, text, s, e, &stops, &lead);
      if (stops > 0 || is_attribute (text, s, e) || kg_finder_type_at (f, s, e) >= 0)
        continue;
      kg_finder_emit (f, s, e, GPOINTER_TO_INT (t) - 1, NULL, FALSE);
    }
}

/* ---- names listed with a person ---- */

/* Is the last word of [s, e) a company suffix ("Partners", "Capital")? */
static gboolean
ends_like_company (const KgCues *c, const char *text, int s, int e)
{
  int w = e;
  while (w > s && text[w - 1] != ' ')
    w--;
  g_autofree char *last = g_strndup (text + w, e - w);
  return g_regex_match (c->org_suffix_en, last, 0, NULL);
}

/* Emits the listed name at [s, e) if it may be a person; its span is
 * pushed on @todo so that the list goes on from it. */
static void
listed (KgFinder *f, const KgCues *c, int s, int e, GArray *todo)
{
  const char *text = f->doc->text;
  if (!person_ok (c, text, s, e) || ends_like_company (c, text, s, e)
      || kg_finder_type_at (f, s, e) >= 0
      || !kg_finder_emit (f, s, e, KG_TYPE_PERSON, NULL, FALSE))
    return;
  gsize span[2] = { s, e };
  g_array_append_vals (todo, span, 2);
}

/* "founded by Aidan Gomez, Ivan Zhang and Nick Frosst", "Denis Yarats and
 * Aravind Srinivas": two or three capitalised words in a list with a known
 * person are a person too; the list is followed both ways from each
 * person, from the lexicon or found here. */
void
kg_discover_listed_persons (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  const char *text = f->doc->text;
  g_autoptr (GArray) todo = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint i = kg_finder_lex_lower_bound (f, start); i < f->lex->len; i++)
    {
      const KgMention *m = &g_array_index (f->lex, KgMention, i);
      if (m->start >= end)
        break;
      if (m->type == KG_TYPE_PERSON && m->end <= end)
        {
          gsize span[2] = { m->start, m->end };
          g_array_append_vals (todo, span, 2);
        }
    }
  for (guint i = f->from; i < f->doc->mentions->len; i++)
    {
      const KgMention *d = &g_array_index (f->doc->mentions, KgMention, i);
      if (d->type == KG_TYPE_PERSON && !(d->flags & KG_MENTION_BLOCK) && d->start >= start
          && d->end <= end)
        {
          gsize span[2] = { d->start, d->end };
          g_array_append_vals (todo, span, 2);
        }
    }
  /* each new name is pushed once (emit refuses a name already there), so
   * this ends */
  for (guint k = 0; k < todo->len; k += 2)
    {
      gsize ps = g_array_index (todo, gsize, k), pe = g_array_index (todo, gsize, k + 1);
      g_autoptr (GMatchInfo) mi = NULL;
      int s, e;
      if (g_regex_match_full (c->en_list_after, text, end, pe, G_REGEX_MATCH_ANCHORED, &mi, NULL)
          && g_match_info_fetch_named_pos (mi, "name", &s, &e))
        listed (f, c, s, e, todo);
      g_clear_pointer (&mi, g_match_info_free);
      gsize from = ps > start + 80 ? ps - 80 : start;
      while (from < ps && (text[from] & 0xC0) == 0x80)
        from++;
      if (g_regex_match_full (c->en_list_before, text, ps, from, 0, &mi, NULL)
          && g_match_info_fetch_named_pos (mi, "name", &s, &e))
        listed (f, c, s, e, todo);
    }
}

void
kg_discover_english (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  find_persons (f, c, c->en_role_name, KG_CUE_EN_ROLE_NAME, start, end);
  find_persons (f, c, c->en_name_role, KG_CUE_EN_NAME_ROLE, start, end);
  find_persons (f, c, c->en_name_say, KG_CUE_EN_NAME_SAY, start, end);
  find_persons (f, c, c->en_say_name, KG_CUE_EN_SAY_NAME, start, end);
  find_companies (f, c, c->en_org_role, KG_CUE_EN_ORG_ROLE, start, end);
  find_companies (f, c, c->en_role_of_org, KG_CUE_EN_ROLE_OF_ORG, start, end);
  find_typed (f, c, c->en_apposition, KG_CUE_EN_APPOSITION, start, end);
  find_typed (f, c, c->en_the_noun, KG_CUE_EN_THE_NOUN, start, end);
  find_typed (f, c, c->en_called, KG_CUE_EN_CALLED, start, end);
  kg_discover_listed_persons (f, c, start, end);
}
