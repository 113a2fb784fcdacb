/* SPDX-License-Identifier: MIT */
/* test-prefilter.c: the regex prefilter.  The rewrite, as a table; then the
 * one property that matters, on every regex the passes prefilter (the
 * boilerplate forms and the discovery cues, as loaded from data/): each
 * match GRegex finds, run on a whole text, on a line or on a sentence with
 * text before it, is one the prefilter says may be there.  The texts are
 * examples/, tests/holdout/, the seeds when present, and random strings
 * built from the patterns' own words.  Also checks that the filter filters:
 * with Hyperscan, every shipped regex has a pattern, and most line/regex
 * pairs are ruled out. */
#include <jansson.h>
#include <string.h>

#include "discovery.h"
#include "prefilter.h"

#define SRC_DIR (g_getenv ("KG_SOURCE_DIR") ? g_getenv ("KG_SOURCE_DIR") : ".")

static const struct {
  const char *pattern, *rewritten; /* NULL: not rewritten */
} rewrites[] = {
  { "abc", "abc" },
  { "^Copyright\\b", "Copyright" },
  { "(?<![A-Za-z0-9])HBM3(?![A-Za-z0-9])", "HBM3" },
  { "(?<name>[A-Z][a-z]+)\\.(?:Inc|Corp)$", "(?:[A-Z][a-z]+)\\.(?:Inc|Corp)" },
  { "[^<>]+", "[^<>]+" },
  { "a*+b++c?+", "a*b+c?" },
  { "a+?x{2}", "a+?x{2}" },
  { "(a|b)", "(?:a|b)" },
  { "x{,3}y{", "x\\{,3\\}y\\{" },
  { "[]a]", "[\\]a]" },
  { "(?#note)q", "q" },
  { "\\p{Hangul}", NULL },
  { "(a)\\1", NULL },
  { "(?i)abc", NULL },
  { "[[:alpha:]]", NULL },
  { "a(?=b)?", NULL },
  { "\\Kx", NULL },
  { "a(?#[x)b", "ab" },
  { "x(?=y(?#[)z)q", "xq" },
  { "a^*b", NULL },
  { "a\\b{2}", NULL },
  { "(?>ab)", "(?:ab)" },
  { "(?P<n>a)(?P=n)", NULL },
  { "(?(1)a|b)", NULL },
};

static void
test_rewrite (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rewrites); i++)
    {
      g_autofree char *got = kg_prefilter_rewrite (rewrites[i].pattern, 0);
      if (g_strcmp0 (got, rewrites[i].rewritten) != 0)
        g_error ("rewrite of %s: got %s, want %s", rewrites[i].pattern, got,
                 rewrites[i].rewritten);
    }
  g_assert_null (kg_prefilter_rewrite ("abc", G_REGEX_CASELESS));
  /* \d \w \s become classes, wide where they match, narrow where negated. */
  g_autofree char *d = kg_prefilter_rewrite ("\\d[^\\s]", 0);
  g_autofree char *want = g_strdup_printf ("[%s][^%s]", kg_prefilter_class ('d', FALSE),
                                           kg_prefilter_class ('s', TRUE));
  g_assert_cmpstr (d, ==, want);
}

/* The code points @pattern matches, one bit each, in a text of every code
 * point (but surrogates and noncharacters). */
static guint8 *
matched (const char *pattern, const char *all, const gunichar *at)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GRegex) re = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &error);
  g_assert_no_error (error);
  guint8 *bits = g_new0 (guint8, 0x110000 / 8);
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match (re, all, 0, &mi);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e;
      g_match_info_fetch_pos (mi, 0, &s, &e);
      gunichar c = g_utf8_get_char (all + s);
      g_assert_cmpuint (at[c], ==, (guint)s);
      bits[c >> 3] |= 1 << (c & 7);
    }
  return bits;
}

static void
test_classes (void)
{
  /* Each class the rewrite puts for an escape holds every code point the
   * escape matches in GRegex (a superset); each class for a negated
   * context only code points it matches (a subset). */
  GString *all = g_string_new (NULL);
  gunichar *at = g_new0 (gunichar, 0x110000);
  for (gunichar c = 1; c < 0x110000; c++)
    if ((c < 0xD800 || c > 0xDFFF) && (c & 0xFFFE) != 0xFFFE && (c < 0xFDD0 || c > 0xFDEF))
      {
        at[c] = all->len;
        g_string_append_unichar (all, c);
      }
  const char escapes[] = "dwsDWS";
  for (guint k = 0; escapes[k] != '\0'; k++)
    {
      char pattern[3] = { '\\', escapes[k], '\0' };
      g_autofree guint8 *escape = matched (pattern, all->str, at);
      g_autofree char *super = g_strdup_printf ("[%s]", kg_prefilter_class (escapes[k], FALSE));
      g_autofree char *sub = g_strdup_printf ("[%s]", kg_prefilter_class (escapes[k], TRUE));
      g_autofree guint8 *wide = matched (super, all->str, at);
      g_autofree guint8 *narrow = matched (sub, all->str, at);
      guint n = 0;
      for (gunichar c = 0; c < 0x110000; c++)
        {
          gboolean in = escape[c >> 3] & (1 << (c & 7));
          n += in;
          if (in && !(wide[c >> 3] & (1 << (c & 7))))
            g_error ("\\%c matches U+%04X, its superset class does not", escapes[k], c);
          if (!in && (narrow[c >> 3] & (1 << (c & 7))))
            g_error ("\\%c does not match U+%04X, its subset class does", escapes[k], c);
        }
      g_assert_cmpuint (n, >, 8);
    }
  g_free (at);
  g_string_free (all, TRUE);
}

/* Every regex the passes prefilter, from the shipped data. */
static GPtrArray *
data_regexes (KgCues **cues)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify)g_regex_unref);
  g_autofree char *path = g_build_filename (SRC_DIR, "data", "boilerplate.json", NULL);
  json_t *root = json_load_file (path, 0, NULL);
  g_assert_nonnull (root);
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (root, "spans"), i, v)
    g_ptr_array_add (all, g_regex_new (json_string_value (json_object_get (v, "pattern")),
                                       G_REGEX_OPTIMIZE | G_REGEX_MULTILINE, 0, NULL));
  json_array_foreach (json_object_get (root, "lines"), i, v)
    g_ptr_array_add (all, g_regex_new (json_string_value (json_object_get (v, "pattern")),
                                       G_REGEX_OPTIMIZE, 0, NULL));
  json_t *credits = json_object_get (root, "credits");
  g_ptr_array_add (all, g_regex_new (json_string_value (json_object_get (credits, "pattern")),
                                     G_REGEX_OPTIMIZE, 0, NULL));
  g_ptr_array_add (all, g_regex_new (json_string_value (json_object_get (credits, "caption")),
                                     G_REGEX_OPTIMIZE, 0, NULL));
  json_decref (root);
  g_autoptr (GError) error = NULL;
  *cues = kg_cues_new (NULL, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < (*cues)->codes->len; k++)
    g_ptr_array_add (all, g_regex_ref (g_array_index ((*cues)->codes, KgCode, k).regex));
  GRegex *more[] = { (*cues)->quoted_before, (*cues)->quoted_after,  (*cues)->en_role_name,
                     (*cues)->en_name_role,  (*cues)->org_en,        (*cues)->en_name_say,
                     (*cues)->en_say_name,   (*cues)->en_org_role,   (*cues)->en_role_of_org,
                     (*cues)->en_apposition, (*cues)->en_the_noun,   (*cues)->en_called };
  for (guint k = 0; k < G_N_ELEMENTS (more); k++)
    g_ptr_array_add (all, g_regex_ref (more[k]));
  for (guint k = 0; k < all->len; k++)
    g_assert_nonnull (all->pdata[k]);
  return all;
}

static void
add_folder (GPtrArray *texts, const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      if (!g_str_has_suffix (name, ".txt") && !g_str_has_suffix (name, ".md"))
        continue;
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *text = NULL;
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_ptr_array_add (texts, text);
    }
}

/* Random text made of the pieces that make these regexes match. */
static char *
random_text (GRand *r)
{
  static const char *const pieces[]
      = { "AFP", " 제공", "연합뉴스", "HBM3E", "HBM3E 12H", "GPT-4o", "GPT-4 Turbo", "B200",
          "GB200 NVL72", "MI300X", "TPU v5e", "DGX Spark", "가우디 3", "그록 3", "Claude 3.5 Sonnet",
          "o1-mini", "Phi-3", "EXAONE 3.0", "딥시크 R1", "Qwen2.5", "라마 3", "'블랙웰'", "“Colossus”",
          "슈퍼컴퓨터 ", "모델 ", "CEO ", "Jensen Huang", "Elon Musk, the CEO", "Nvidia Inc",
          "Labs", "© 2024", "Copyright", "무단 전재", "구독하기", "기자", "hong@example.co.kr",
          "www.example.com/x", "02-123-4567", "(서울=연합뉴스)", " [단독]", "사진=", " ", "  ",
          "\n", ".", "다.", ",", "·", "\u3000", "\u00a0", "\u2028", "e\u0301", "\u0660", "\u0967",
          "\u0e51", "ǅ", "x", "가", "A", "1", "(", ")", "\"", "'" };
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (r, 1, 30);
  for (guint i = 0; i < n; i++)
    g_string_append (s, pieces[g_rand_int_range (r, 0, G_N_ELEMENTS (pieces))]);
  return g_string_free (s, FALSE);
}

typedef struct {
  guint matches, pairs, ruled_out;
} Tally;

/* Every match of @re run on [start, end) (the subject starting at @base)
 * must be allowed by the prefilter. */
static void
check_subject (const GRegex *re, guint i, const KgPrefilterHits *hits, const char *text,
               gsize base, gsize start, gsize end, Tally *t)
{
  g_autoptr (GMatchInfo) mi = NULL;
  g_regex_match_full (re, text + base, end - base, start - base, 0, &mi, NULL);
  for (; g_match_info_matches (mi); g_match_info_next (mi, NULL))
    {
      int s, e;
      g_match_info_fetch_pos (mi, 0, &s, &e);
      if (e == s)
        continue;
      t->matches++;
      if (!kg_prefilter_may_match (hits, i, base + s, base + e))
        g_error ("regex %u (%s) matches [%zu, %zu) of \"%.*s\", but the prefilter says no", i,
                 g_regex_get_pattern (re), base + s, base + e, (int)(end - start),
                 text + start);
    }
}

static void
check_text (const KgPrefilter *pf, GPtrArray *regexes, const char *text, Tally *t)
{
  gsize len = strlen (text);
  g_autoptr (KgPrefilterHits) hits = kg_prefilter_scan (pf, text, len);
  for (guint i = 0; i < regexes->len; i++)
    {
      const GRegex *re = regexes->pdata[i];
      check_subject (re, i, hits, text, 0, 0, len, t); /* the whole text */
      for (gsize ls = 0; ls < len;)
        {
          const char *nl = memchr (text + ls, '\n', len - ls);
          gsize le = nl != NULL ? (gsize)(nl - text) : len;
          check_subject (re, i, hits, text, ls, ls, le, t);  /* a line alone */
          check_subject (re, i, hits, text, 0, ls, le, t);   /* with the text before */
          t->pairs++;
          t->ruled_out += !kg_prefilter_may_match (hits, i, ls, le);
          ls = le + 1;
        }
    }
}

static void
test_sound (void)
{
  KgCues *cues = NULL;
  g_autoptr (GPtrArray) regexes = data_regexes (&cues);
  KgPrefilter *pf = kg_prefilter_new ((GRegex *const *)regexes->pdata, regexes->len);
  kg_prefilter_wait (pf);
#ifdef KG_HAVE_HYPERSCAN
  /* A regex the rewrite does not know (\p{Lu}, say) may match anywhere:
   * slower, never wrong.  Every other one is filtered. */
  guint known = 0;
  for (guint i = 0; i < regexes->len; i++)
    {
      const GRegex *re = regexes->pdata[i];
      g_autofree char *loose = kg_prefilter_rewrite (g_regex_get_pattern (re),
                                                     g_regex_get_compile_flags (re));
      known += loose != NULL;
      if (loose == NULL)
        g_test_message ("not filtered: %.60s...", g_regex_get_pattern (re));
    }
  g_assert_cmpuint (known, >, regexes->len / 2);
  g_assert_cmpuint (kg_prefilter_n_filtered (pf), ==, known);
#endif
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  const char *dirs[] = { "examples", "tests/holdout", "../shared/seeds" };
  for (guint k = 0; k < G_N_ELEMENTS (dirs); k++)
    {
      g_autofree char *dir = g_build_filename (SRC_DIR, dirs[k], NULL);
      add_folder (texts, dir);
    }
  g_assert_cmpuint (texts->len, >=, 12);
  Tally corpus = { 0 }, random = { 0 };
  for (guint k = 0; k < texts->len; k++)
    check_text (pf, regexes, texts->pdata[k], &corpus);
  GRand *r = g_rand_new_with_seed (11);
  for (guint k = 0; k < 3000; k++)
    {
      g_autofree char *text = random_text (r);
      check_text (pf, regexes, text, &random);
    }
  g_rand_free (r);
  g_test_message ("corpus: %u matches, %u of %u line/regex pairs ruled out; random: %u matches",
                  corpus.matches, corpus.ruled_out, corpus.pairs, random.matches);
  g_assert_cmpuint (corpus.matches, >, 100);
  g_assert_cmpuint (random.matches, >, 1000);
#ifdef KG_HAVE_HYPERSCAN
  g_assert_cmpuint (corpus.ruled_out, >, corpus.pairs * 3 / 4);
#endif
  kg_prefilter_free (pf);
  kg_cues_free (cues);
}

/* A regex the rewrite gives up on may match anywhere; an empty set works. */
static void
test_unfiltered (void)
{
  GRegex *re[] = { g_regex_new ("\\p{Lu}x", 0, 0, NULL), g_regex_new ("a?", 0, 0, NULL),
                   g_regex_new ("zq", 0, 0, NULL) };
  KgPrefilter *pf = kg_prefilter_new (re, G_N_ELEMENTS (re));
  kg_prefilter_wait (pf);
  g_autoptr (KgPrefilterHits) hits = kg_prefilter_scan (pf, "no match here", 13);
  g_assert_true (kg_prefilter_may_match (hits, 0, 0, 13));
  g_assert_true (kg_prefilter_may_match (hits, 1, 0, 13));
#ifdef KG_HAVE_HYPERSCAN
  g_assert_cmpuint (kg_prefilter_n_filtered (pf), ==, 1);
  g_assert_false (kg_prefilter_may_match (hits, 2, 0, 13));
#endif
  kg_prefilter_free (pf);
  for (guint i = 0; i < G_N_ELEMENTS (re); i++)
    g_regex_unref (re[i]);
  KgPrefilter *none = kg_prefilter_new (NULL, 0);
  g_autoptr (KgPrefilterHits) nothing = kg_prefilter_scan (none, "text", 4);
  kg_prefilter_free (none);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/prefilter/rewrite", test_rewrite);
  g_test_add_func ("/prefilter/classes", test_classes);
  g_test_add_func ("/prefilter/sound", test_sound);
  g_test_add_func ("/prefilter/unfiltered", test_unfiltered);
  return g_test_run ();
}
