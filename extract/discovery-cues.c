/* SPDX-License-Identifier: MIT */
/* discovery-cues.c: loads data/cues.json (or the user's copy) into a KgCues:
 * word sets, and GRegex cues compiled once with G_REGEX_OPTIMIZE from the
 * word lists (role words, type nouns, suffixes).  Read-only afterwards. */
#include <jansson.h>
#include <string.h>

#include "discovery.h"
#include "kg-data.h"

static void
code_clear (gpointer data)
{
  KgCode *c = data;
  g_clear_pointer (&c->regex, g_regex_unref);
  g_free (c->id);
}

static void
suffix_clear (gpointer data)
{
  g_free (((KgOrgSuffix *) data)->suffix);
}

void
kg_cues_free (KgCues *c)
{
  if (c == NULL)
    return;
  GHashTable **sets[] = { &c->surnames, &c->roles_ko, &c->modifiers_ko, &c->stop_ko,
                          &c->stop_en, &c->quoted_types, &c->suffix_words };
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    g_clear_pointer (sets[i], g_hash_table_unref);
  GRegex **res[] = { &c->verb_end_ko, &c->en_role_name, &c->en_name_role, &c->quoted_before,
                     &c->quoted_after, &c->quoted_reject, &c->org_en, &c->org_stem_reject };
  for (guint i = 0; i < G_N_ELEMENTS (res); i++)
    g_clear_pointer (res[i], g_regex_unref);
  g_clear_pointer (&c->codes, g_array_unref);
  g_clear_pointer (&c->org_suffixes, g_array_unref);
  g_clear_pointer (&c->prefilter, kg_prefilter_free);
  g_free (c->role_lengths);
  g_free (c);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgCues, kg_cues_free)

static GRegex *
compile (const char *pattern, const char *what, GError **error)
{
  g_autoptr (GError) local = NULL;
  GRegex *re = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &local);
  if (re == NULL)
    g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES, "%s: %s", what, local->message);
  return re;
}

static GHashTable *
word_set (json_t *root, const char *key, guint *max_words)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (root, key), i, v)
    {
      const char *w = json_string_value (v);
      if (w == NULL || *w == '\0')
        continue;
      g_hash_table_add (set, g_strdup (w));
      if (max_words != NULL)
        {
          g_auto (GStrv) parts = g_strsplit (w, " ", -1);
          *max_words = MAX (*max_words, g_strv_length (parts));
        }
    }
  return set;
}

/* (?:a|b|c) of the escaped words, longest first so alternation prefers them. */
static int
longer_first (gconstpointer a, gconstpointer b)
{
  gsize la = strlen (*(char *const *) a), lb = strlen (*(char *const *) b);
  return la > lb ? -1 : la < lb;
}

static char *
alternation (GHashTable *words)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new ();
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, words);
  while (g_hash_table_iter_next (&it, &key, NULL))
    g_ptr_array_add (list, key);
  g_ptr_array_sort (list, longer_first);
  GString *s = g_string_new ("(?:");
  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *e = g_regex_escape_string (g_ptr_array_index (list, i), -1);
      g_string_append_printf (s, "%s%s", i ? "|" : "", e);
    }
  g_string_append_c (s, ')');
  return g_string_free (s, FALSE);
}

static const char *
str (json_t *root, const char *key)
{
  const char *s = json_string_value (json_object_get (root, key));
  return s != NULL ? s : "(?!)";
}

#define OPEN_Q "[‘'\"“「『]"
#define CLOSE_Q "[’'\"”」』]"
#define INNER_Q "[^‘’'\"“”「」『』\\n]{1,40}"

static gboolean
load_quoted (KgCues *c, json_t *root, GError **error)
{
  c->quoted_types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  size_t i, k;
  json_t *v, *n;
  json_array_foreach (json_object_get (root, "quoted"), i, v)
    {
      KgType type;
      if (!kg_type_from_name (str (v, "type"), &type))
        {
          g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES,
                       "quoted: unknown type \"%s\"", str (v, "type"));
          return FALSE;
        }
      json_array_foreach (json_object_get (v, "nouns"), k, n)
        if (json_string_value (n) != NULL)
          g_hash_table_insert (c->quoted_types, g_strdup (json_string_value (n)),
                               GINT_TO_POINTER (type + 1));
    }
  g_autofree char *nouns = alternation (c->quoted_types);
  g_autofree char *before = g_strdup_printf (
      "(?<![\\w])(?<noun>%s)(?:인|이자|로|으로)?\\s*" OPEN_Q "(?<name>" INNER_Q ")" CLOSE_Q, nouns);
  g_autofree char *after = g_strdup_printf (
      OPEN_Q "(?<name>" INNER_Q ")" CLOSE_Q "\\s*(?:\\([^)\\n]{1,30}\\)\\s*)?(?<noun>%s)(?![A-Za-z])",
      nouns);
  json_int_t mw = json_integer_value (json_object_get (root, "quoted_max_words"));
  c->quoted_max_words = mw > 0 ? (guint) mw : 4;
  return (c->quoted_before = compile (before, "quoted", error)) != NULL
         && (c->quoted_after = compile (after, "quoted", error)) != NULL
         && (c->quoted_reject = compile (str (root, "quoted_reject"), "quoted_reject", error))
                != NULL;
}

static gboolean
load_codes (KgCues *c, json_t *root, GError **error)
{
  c->codes = g_array_new (FALSE, TRUE, sizeof (KgCode));
  g_array_set_clear_func (c->codes, code_clear);
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (root, "codes"), i, v)
    {
      KgCode code = { 0 };
      if (!kg_type_from_name (str (v, "type"), &code.type))
        {
          g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES,
                       "codes: unknown type \"%s\"", str (v, "type"));
          return FALSE;
        }
      if ((code.regex = compile (str (v, "pattern"), "codes", error)) == NULL)
        return FALSE;
      code.id = g_strdup (json_string_value (json_object_get (v, "id")));
      g_array_append_val (c->codes, code);
    }
  c->suffix_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *key;
  json_object_foreach (json_object_get (root, "suffix_words"), key, v)
    if (json_string_value (v) != NULL)
      g_hash_table_insert (c->suffix_words, g_strdup (key), g_strdup (json_string_value (v)));
  return TRUE;
}

static gboolean
load_orgs (KgCues *c, json_t *root, GError **error)
{
  c->org_suffixes = g_array_new (FALSE, TRUE, sizeof (KgOrgSuffix));
  g_array_set_clear_func (c->org_suffixes, suffix_clear);
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (root, "org_suffixes"), i, v)
    {
      const char *s = json_string_value (json_object_get (v, "suffix"));
      if (s == NULL || *s == '\0')
        continue;
      KgOrgSuffix os = { g_strdup (s), json_is_true (json_object_get (v, "same_as_stem")),
                         json_is_true (json_object_get (v, "attached_only")) };
      g_array_append_val (c->org_suffixes, os);
    }
  g_autofree char *en = g_strdup_printf (
      "(?<![\\w.])(?<stem>[A-Z][A-Za-z0-9&-]*(?:\\s[A-Z][A-Za-z0-9&-]*){0,2})\\s(?:%s)(?![\\w])",
      str (root, "org_suffixes_en"));
  return (c->org_en = compile (en, "org_suffixes_en", error)) != NULL
         && (c->org_stem_reject = compile (str (root, "org_stem_reject_ko"), "org_stem_reject_ko",
                                           error))
                != NULL;
}

static gboolean
load_names (KgCues *c, json_t *root, GError **error)
{
  c->surnames = word_set (root, "surnames", NULL);
  c->roles_ko = word_set (root, "roles_ko", &c->max_role_words);
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, c->roles_ko);
  while (g_hash_table_iter_next (&it, &key, NULL))
    c->max_role_bytes = MAX (c->max_role_bytes, strlen (key));
  c->role_lengths = g_new0 (guint8, c->max_role_bytes + 1);
  g_hash_table_iter_init (&it, c->roles_ko);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      gunichar first = g_utf8_get_char (key);
      if (first < 0x10000)
        c->role_first[first >> 3] |= 1 << (first & 7);
      c->role_lengths[strlen (key)] = 1;
    }
  c->modifiers_ko = word_set (root, "role_modifiers_ko", NULL);
  c->stop_ko = word_set (root, "stop_ko", NULL);
  c->stop_en = word_set (root, "stop_en", NULL);
  const char *roles = str (root, "roles_en"), *name = str (root, "name_en");
  g_autofree char *role_name = g_strdup_printf (
      "(?<![\\w-])(?:%s)(?:\\s+of\\s+[A-Z][\\w&.-]*(?:\\s[A-Z][\\w&.-]*){0,2})?,?\\s+(?<name>%s)(?![\\w'’-]|\\s[A-Z][a-z])",
      roles, name);
  g_autofree char *name_role = g_strdup_printf (
      "(?<![\\w'’-]|[A-Z][a-z]\\s)(?<name>%s),\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|former\\s+)?"
      "(?:[A-Z][\\w&.-]*(?:'s|’s)?\\s+){0,2}(?:[a-z]+\\s+)?(?:%s)\\b",
      name, roles);
  return (c->verb_end_ko = compile (str (root, "verb_end_ko"), "verb_end_ko", error)) != NULL
         && (c->en_role_name = compile (role_name, "roles_en", error)) != NULL
         && (c->en_name_role = compile (name_role, "roles_en", error)) != NULL;
}

/* The prefilter of the regex cues, in the order of discovery.h. */
static void
build_prefilter (KgCues *c)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  for (guint k = 0; k < c->codes->len; k++)
    g_ptr_array_add (all, g_array_index (c->codes, KgCode, k).regex);
  GRegex *cues[KG_CUE_N] = { c->quoted_before, c->quoted_after, c->en_role_name,
                             c->en_name_role, c->org_en };
  for (guint k = 0; k < KG_CUE_N; k++)
    g_ptr_array_add (all, cues[k]);
  c->prefilter = kg_prefilter_new ((GRegex *const *)all->pdata, all->len);
}

KgCues *
kg_cues_new (const char *data_dir, GError **error)
{
  g_autoptr (GBytes) bytes = kg_data_get ("cues.json", data_dir, error);
  if (bytes == NULL)
    return NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  json_error_t jerr;
  json_t *root = json_loadb (data, len, 0, &jerr);
  if (root == NULL || !json_is_object (root))
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES, "cues.json:%d:%d: %s",
                   jerr.line, jerr.column, root == NULL ? jerr.text : "not a JSON object");
      json_decref (root);
      return NULL;
    }
  g_autoptr (KgCues) c = g_new0 (KgCues, 1);
  gboolean ok = load_names (c, root, error) && load_quoted (c, root, error)
                && load_codes (c, root, error) && load_orgs (c, root, error);
  json_decref (root);
  if (!ok)
    {
      g_prefix_error (error, "cues.json: ");
      return NULL;
    }
  build_prefilter (c);
  return g_steal_pointer (&c);
}
