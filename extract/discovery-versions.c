/* SPDX-License-Identifier: MIT */
/* discovery-versions.c: a product line of the lexicon followed by a version
 * is that version, an entity of its own in the family: "엑시노스 2400" and
 * "Exynos 2400" are samsung-exynos-2400, "스냅드래곤 8 3세대" and "Snapdragon
 * 8 Gen 3" are qualcomm-snapdragon-8-gen-3, "갤럭시 S24 울트라" is
 * samsung-galaxy-s24-ultra.  Which lexicon entries take versions, the
 * shape of a version, the words in it (Pro, 울트라, Gen) and what may not
 * follow one (a counter: "2개", "2400만", a percent) are in cues.json
 * ("version_families", "version_pattern", "version_words",
 * "version_reject").  Only listed families: a version after an ordinary
 * word ("소라 2") means nothing, and the lexicon already names most
 * versions that the regex codes do not. */
#include <string.h>

#include "discovery.h"
#include "korean.h"

/* Appends the id part of one version token: "울트라" -> "ultra", "3세대" ->
 * "gen 3" (Korean counts the generation after the number), "Fold6" ->
 * "fold 6", "S24+" -> "s24 plus"; anything else as it is. */
static void
append_token (const KgCues *c, GString *out, const char *t, gsize len)
{
  static const char gen_ko[] = "세대";
  gsize gl = strlen (gen_ko);
  if (out->len > 0)
    g_string_append_c (out, ' ');
  if (len > 1 && t[len - 1] == '+')
    {
      append_token (c, out, t, len - 1);
      g_string_append (out, " plus");
      return;
    }
  if (len > gl && memcmp (t + len - gl, gen_ko, gl) == 0)
    {
      g_string_append (out, "gen ");
      g_string_append_len (out, t, len - gl);
      return;
    }
  if (len == 1 && *t == '+')
    {
      g_string_append (out, "plus");
      return;
    }
  /* a word of the table, with digits attached or not */
  gsize w = len;
  while (w > 0 && g_ascii_isdigit (t[w - 1]))
    w--;
  if (w > 0)
    {
      g_autofree char *word = g_utf8_strdown (t, w);
      const char *mapped = g_hash_table_lookup (c->version_words, word);
      if (mapped != NULL)
        {
          g_string_append (out, mapped);
          if (w < len)
            g_string_append_c (out, ' ');
          g_string_append_len (out, t + w, len - w);
          return;
        }
    }
  g_string_append_len (out, t, len);
}

/* The id of version [s, e) of @family: family-VERSION, the same whatever
 * the script and spacing. */
static char *
version_id (const KgCues *c, const char *family, const char *s, const char *e)
{
  g_autoptr (GString) key = g_string_new (NULL);
  for (const char *p = s; p < e;)
    {
      while (p < e && (*p == ' ' || *p == '-'))
        p++;
      const char *q = p;
      while (q < e && *q != ' ' && *q != '-')
        q++;
      if (q > p)
        append_token (c, key, p, q - p);
      p = q;
    }
  g_autofree char *slug = kg_slug (key->str);
  return g_strdup_printf ("%s-%s", family, slug);
}

/* Emits the version after the family mention @m, if one follows.  A version
 * that does not end a word ("프로모션") is cut back to its last space. */
static void
version_after (KgFinder *f, const KgCues *c, const KgMention *m, gsize limit)
{
  const char *text = f->doc->text;
  g_autoptr (GMatchInfo) mi = NULL;
  if (!g_regex_match_full (c->version_pattern, text, limit, m->end, G_REGEX_MATCH_ANCHORED,
                           &mi, NULL))
    return;
  int s, e;
  g_match_info_fetch_pos (mi, 0, &s, &e);
  const char *particle;
  gsize particle_end;
  while (e > s)
    {
      if (kg_word_bounds (text, f->doc->len, m->start, e, &particle, &particle_end)
          && !g_regex_match_full (c->version_reject, text, limit, e, G_REGEX_MATCH_ANCHORED, NULL,
                                  NULL))
        break;
      while (e > s && text[e - 1] != ' ')
        e--;
      while (e > s && text[e - 1] == ' ')
        e--;
    }
  /* what is left must still be a version, not the separator alone */
  g_clear_pointer (&mi, g_match_info_free);
  if (e <= s || !g_regex_match_full (c->version_pattern, text, e, m->end,
                                     G_REGEX_MATCH_ANCHORED, &mi, NULL))
    return;
  int s2, e2;
  g_match_info_fetch_pos (mi, 0, &s2, &e2);
  if (e2 != e)
    return;
  g_autofree char *id = version_id (c, m->entity_id, text + s, text + e);
  if (kg_finder_emit (f, m->start, e, m->type, id, TRUE))
    g_array_index (f->doc->mentions, KgMention, f->doc->mentions->len - 1).family = m->entity_id;
}

void
kg_discover_versions (KgFinder *f, const KgCues *c, gsize start, gsize end)
{
  if (g_hash_table_size (c->version_families) == 0)
    return;
  const char *last = NULL;
  gsize last_start = G_MAXSIZE;
  for (guint i = kg_finder_lex_lower_bound (f, start); i < f->lex->len; i++)
    {
      const KgMention *m = &g_array_index (f->lex, KgMention, i);
      if (m->start >= end)
        break;
      if (m->end > end || !g_hash_table_contains (c->version_families, m->entity_id))
        continue;
      /* one family spelt twice at one place (an alias and a weak form) */
      if (m->start == last_start && m->entity_id == last)
        continue;
      last = m->entity_id, last_start = m->start;
      version_after (f, c, m, end);
    }
}
