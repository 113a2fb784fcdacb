/* SPDX-License-Identifier: MIT */
/* rules.c: loads the relation rules once per extractor: the schema
 * (predicates.json: which types each predicate joins), the trigger words,
 * particles, titles and relational nouns of each language
 * (relations.ko.json, relations.en.json) and the qualifier forms
 * (qualifiers.json), from the user's data folder or the embedded copies.
 * Every regex is compiled here with G_REGEX_OPTIMIZE; the result is
 * read-only, so threads share it. */
#include <jansson.h>
#include <string.h>

#include "kg-data.h"
#include "relations.h"

static const char *const role_names[KG_ROLE_N] = {
  [KG_ROLE_NONE] = "none",       [KG_ROLE_SUBJECT] = "subject", [KG_ROLE_OBJECT] = "object",
  [KG_ROLE_POSSESSIVE] = "possessive", [KG_ROLE_WITH] = "with", [KG_ROLE_FROM] = "from",
  [KG_ROLE_TO] = "to",           [KG_ROLE_AS] = "as",           [KG_ROLE_COPULA] = "copula",
  [KG_ROLE_TARGET] = "target",   [KG_ROLE_VIA] = "via",         [KG_ROLE_AGENT] = "agent",
  [KG_ROLE_COMPARE] = "compare", [KG_ROLE_BETWEEN] = "between", [KG_ROLE_SOURCE] = "source",
  [KG_ROLE_OWNER] = "owner",     [KG_ROLE_OF] = "of",           [KG_ROLE_AT] = "at",
  [KG_ROLE_FOR] = "for",         [KG_ROLE_LIST] = "list",       [KG_ROLE_ABOUT] = "about", [KG_ROLE_ALSO] = "also",
};

static const char *const shape_names[KG_SHAPE_N] = {
  [KG_SHAPE_FINITE] = "finite",   [KG_SHAPE_ADNOMINAL] = "adnominal",
  [KG_SHAPE_PASSIVE] = "passive", [KG_SHAPE_REVERSE] = "passive_object",
  [KG_SHAPE_RECEIVE] = "receive", [KG_SHAPE_PARTICIPATE] = "participate",
  [KG_SHAPE_MUTUAL] = "mutual",   [KG_SHAPE_ACTIVE] = "active",
  [KG_SHAPE_NOUN] = "noun",      [KG_SHAPE_NOMINAL] = "nominal",
  [KG_SHAPE_BASED] = "based",     [KG_SHAPE_COMPOSED] = "composed",
  [KG_SHAPE_JOINT] = "joint",     [KG_SHAPE_COUNTER] = "counter",
  [KG_SHAPE_MEMBERS] = "members", [KG_SHAPE_SOLD] = "sold",
};

static gboolean
fail (GError **error, const char *file, const char *format, ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError **error, const char *file, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *text = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES, "%s: %s", file, text);
  return FALSE;
}

/* The data file \p file parsed, or NULL with an error naming it (and the
 * line and column of a syntax error). */
static json_t *
load_json (const char *file, const char *data_dir, GError **error)
{
  g_autoptr (GBytes) bytes = kg_data_get (file, data_dir, error);
  if (bytes == NULL)
    return NULL;
  json_error_t jerr;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  json_t *root = json_loadb (data, len, 0, &jerr);
  if (root == NULL)
    fail (error, file, "line %d, column %d: %s", jerr.line, jerr.column, jerr.text);
  return root;
}

static int
role_from_name (const char *name)
{
  for (int r = 0; r < KG_ROLE_N; r++)
    if (strcmp (role_names[r], name) == 0)
      return r;
  return -1;
}

static gboolean
compile (json_t *root, const char *key, const char *file, GRegex **out, GError **error)
{
  const char *pattern = json_string_value (json_object_get (root, key));
  if (pattern == NULL)
    return fail (error, file, "\"%s\" must be a string (a regex)", key);
  g_autoptr (GError) local = NULL;
  *out = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &local);
  if (*out == NULL)
    return fail (error, file, "\"%s\": %s", key, local->message);
  return TRUE;
}

static guint
n_words (const char *phrase)
{
  guint n = 1;
  for (const char *p = phrase; *p; p++)
    n += *p == ' ';
  return n;
}

static char *
key_of (KgLang lang, const char *phrase)
{
  return lang == KG_LANG_EN ? g_utf8_strdown (phrase, -1) : g_strdup (phrase);
}

/* {"role": [words]} or {"word": "role"} into word -> role + 1. */
static gboolean
load_role_table (json_t *obj, const char *key, const char *file, GHashTable **out, guint *max_len,
                 GError **error)
{
  *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  json_t *table = json_object_get (obj, key);
  if (table == NULL)
    return TRUE;
  if (!json_is_object (table))
    return fail (error, file, "\"%s\" must be an object", key);
  const char *name;
  json_t *v;
  json_object_foreach (table, name, v)
    {
      if (json_is_string (v))
        {
          int role = role_from_name (json_string_value (v));
          if (role < 0)
            return fail (error, file, "\"%s\": \"%s\": unknown role \"%s\"", key, name,
                         json_string_value (v));
          g_hash_table_insert (*out, g_strdup (name), GINT_TO_POINTER (role + 1));
          continue;
        }
      int role = role_from_name (name);
      if (role < 0 || !json_is_array (v))
        return fail (error, file, "\"%s\": \"%s\": unknown role, or not a list", key, name);
      size_t i;
      json_t *w;
      json_array_foreach (v, i, w)
        {
          const char *s = json_string_value (w);
          if (s == NULL || *s == '\0')
            return fail (error, file, "\"%s\": \"%s\": entry %zu is not a word", key, name, i);
          /* The first role listed for a particle wins (도 is a subject). */
          if (!g_hash_table_contains (*out, s))
            g_hash_table_insert (*out, g_strdup (s), GINT_TO_POINTER (role + 1));
          if (max_len != NULL)
            *max_len = MAX (*max_len, (guint)strlen (s));
        }
    }
  return TRUE;
}

static gboolean
parse_preds (json_t *list, const char *file, const char *where, KgPredicate *preds, guint *n,
             guint max, GError **error)
{
  *n = 0;
  if (json_is_string (list))
    {
      if (!kg_predicate_from_name (json_string_value (list), &preds[0]))
        return fail (error, file, "%s: unknown predicate \"%s\"", where, json_string_value (list));
      *n = 1;
      return TRUE;
    }
  size_t i;
  json_t *v;
  json_array_foreach (list, i, v)
    {
      if (*n >= max || !json_is_string (v) || !kg_predicate_from_name (json_string_value (v), &preds[*n]))
        return fail (error, file, "%s: bad predicate list", where);
      (*n)++;
    }
  if (*n == 0)
    return fail (error, file, "%s: no predicate", where);
  return TRUE;
}

/* "roles": [{"p": "leads", "words": [...]}] into phrase -> predicate + 1. */
static gboolean
load_titles (KgLangRules *r, KgLang lang, json_t *root, const char *file, GError **error)
{
  r->roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  size_t i;
  json_t *entry;
  json_array_foreach (json_object_get (root, "roles"), i, entry)
    {
      KgPredicate pred;
      guint n;
      g_autofree char *where = g_strdup_printf ("roles[%zu]", i);
      if (!parse_preds (json_object_get (entry, "p"), file, where, &pred, &n, 1, error))
        return FALSE;
      size_t k;
      json_t *w;
      json_array_foreach (json_object_get (entry, "words"), k, w)
        {
          const char *s = json_string_value (w);
          if (s == NULL || *s == '\0')
            return fail (error, file, "%s: word %zu is empty", where, k);
          g_hash_table_insert (r->roles, key_of (lang, s), GINT_TO_POINTER (pred + 1));
          r->max_role_words = MAX (r->max_role_words, n_words (s));
        }
    }
  r->role_suffixes = g_ptr_array_new_with_free_func (g_free);
  json_array_foreach (json_object_get (root, "role_suffixes"), i, entry)
    if (json_is_string (entry) && g_hash_table_contains (r->roles, json_string_value (entry)))
      g_ptr_array_add (r->role_suffixes, g_strdup (json_string_value (entry)));
  r->former = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  json_array_foreach (json_object_get (root, "role_former"), i, entry)
    if (json_is_string (entry))
      g_hash_table_add (r->former, key_of (lang, json_string_value (entry)));
  return TRUE;
}

static gboolean
load_relnouns (KgLangRules *r, KgLang lang, json_t *root, const char *file, GError **error)
{
  r->relnouns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  size_t i;
  json_t *entry;
  json_array_foreach (json_object_get (root, "relational_nouns"), i, entry)
    {
      KgRelNoun rn = { 0 };
      guint n;
      g_autofree char *where = g_strdup_printf ("relational_nouns[%zu]", i);
      if (!parse_preds (json_object_get (entry, "p"), file, where, &rn.pred, &n, 1, error))
        return FALSE;
      const char *name_is = json_string_value (json_object_get (entry, "name_is"));
      rn.name_is_subject = name_is == NULL || strcmp (name_is, "subject") == 0;
      size_t k;
      json_t *w;
      json_array_foreach (json_object_get (entry, "words"), k, w)
        {
          const char *s = json_string_value (w);
          if (s == NULL || *s == '\0')
            return fail (error, file, "%s: word %zu is empty", where, k);
          g_hash_table_insert (r->relnouns, key_of (lang, s), g_memdup2 (&rn, sizeof rn));
          r->max_relnoun_words = MAX (r->max_relnoun_words, n_words (s));
        }
    }
  return TRUE;
}

/* {"project": ["사업", "프로젝트"], ...}: word -> type + 1 */
static gboolean
load_type_words (json_t *root, const char *key, const char *file, GHashTable **out,
                 GError **error)
{
  *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *name;
  json_t *words;
  json_object_foreach (json_object_get (root, key), name, words)
    {
      KgType type;
      if (!kg_type_from_name (name, &type))
        return fail (error, file, "%s: unknown type \"%s\"", key, name);
      size_t i;
      json_t *w;
      json_array_foreach (words, i, w)
        if (json_is_string (w))
          g_hash_table_insert (*out, g_strdup (json_string_value (w)), GINT_TO_POINTER (type + 1));
    }
  return TRUE;
}

static guint
role_set (json_t *list, const char *file, const char *where, guint fallback, GError **error,
          gboolean *ok)
{
  if (list == NULL)
    return fallback;
  guint set = 0;
  size_t i;
  json_t *v;
  json_array_foreach (list, i, v)
    {
      const char *s = json_string_value (v);
      int role = s == NULL ? -1 : *s == '\0' ? KG_ROLE_NONE : role_from_name (s);
      if (role < 0)
        {
          *ok = fail (error, file, "%s: unknown role \"%s\"", where, s ? s : "?");
          return 0;
        }
      set |= 1u << role;
    }
  return set;
}

static void
trigger_clear (gpointer data)
{
  g_clear_pointer (&((KgTrigger *)data)->re, g_regex_unref);
  g_clear_pointer (&((KgTrigger *)data)->requires, g_regex_unref);
}

static guint type_set (json_t *list, gboolean *ok);

/* The regex of a trigger: its stems, each with the ending of its shape
 * ("설립" + "(?:했|합|...)"), or'ed with its own "re". */
static char *
trigger_pattern (json_t *entry, json_t *endings, const char *shape)
{
  GString *p = g_string_new (NULL);
  json_t *stems = json_object_get (entry, "stems");
  const char *ending = json_string_value (json_object_get (endings, shape));
  if (ending == NULL) /* the other shapes conjugate like finite verbs */
    ending = json_string_value (json_object_get (endings, "finite"));
  if (json_array_size (stems) > 0 && ending != NULL)
    {
      g_string_append (p, "(?:");
      size_t i;
      json_t *v;
      json_array_foreach (stems, i, v)
        {
          const char *stem = json_string_value (v);
          if (stem == NULL)
            continue;
          if (i > 0)
            g_string_append_c (p, '|');
          g_auto (GStrv) words = g_strsplit (stem, " ", -1);
          for (char **w = words; *w != NULL; w++)
            {
              g_autofree char *esc = g_regex_escape_string (*w, -1);
              g_string_append_printf (p, "%s%s", w == words ? "" : "\\s*", esc);
            }
        }
      g_string_append_printf (p, ")%s", ending);
    }
  const char *re = json_string_value (json_object_get (entry, "re"));
  if (re != NULL)
    g_string_append_printf (p, "%s%s", p->len > 0 ? "|" : "", re);
  return g_string_free (p, FALSE);
}

static gboolean
load_triggers (KgLangRules *r, KgLang lang, json_t *root, const char *file, GError **error)
{
  json_t *endings = json_object_get (root, "endings");
  r->triggers = g_array_new (FALSE, TRUE, sizeof (KgTrigger));
  g_array_set_clear_func (r->triggers, trigger_clear);
  size_t i;
  json_t *entry;
  json_array_foreach (json_object_get (root, "triggers"), i, entry)
    {
      KgTrigger t = { 0 };
      g_autofree char *where = g_strdup_printf ("triggers[%zu]", i);
      if (!parse_preds (json_object_get (entry, "p"), file, where, t.preds, &t.n_preds,
                        G_N_ELEMENTS (t.preds), error))
        return FALSE;
      const char *shape = json_string_value (json_object_get (entry, "shape"));
      t.shape = KG_SHAPE_N;
      for (guint s = 0; shape != NULL && s < KG_SHAPE_N; s++)
        if (strcmp (shape_names[s], shape) == 0)
          t.shape = s;
      if (t.shape == KG_SHAPE_N)
        return fail (error, file, "%s: unknown shape \"%s\"", where, shape ? shape : "(none)");
      gboolean ok = TRUE;
      guint default_object = lang == KG_LANG_KO ? 1u << KG_ROLE_OBJECT : 1u << KG_ROLE_NONE;
      t.object_roles = role_set (json_object_get (entry, "object"), file, where, default_object,
                                 error, &ok);
      t.agent_roles = role_set (json_object_get (entry, "agent"), file, where,
                                1u << KG_ROLE_AGENT, error, &ok);
      if (ok)
        t.host_roles = role_set (json_object_get (entry, "host"), file, where, 0, error, &ok);
      g_autofree char *pattern = trigger_pattern (entry, endings, shape);
      g_autoptr (GError) local = NULL;
      if (ok && *pattern == '\0')
        return fail (error, file, "%s: no stems (with an ending for \"%s\") and no re", where,
                     shape);
      if (!ok)
        return FALSE;
      t.re = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &local);
      if (t.re == NULL)
        return fail (error, file, "%s: %s", where, local->message);
      gboolean types_ok = TRUE;
      t.object_types = type_set (json_object_get (entry, "object_types"), &types_ok);
      if (!types_ok)
        {
          g_regex_unref (t.re);
          return fail (error, file, "%s: unknown type in object_types", where);
        }
      if (json_object_get (entry, "requires") != NULL
          && !compile (entry, "requires", file, &t.requires, error))
        {
          g_regex_unref (t.re);
          return FALSE;
        }
      g_array_append_val (r->triggers, t);
    }
  return TRUE;
}

static gboolean
load_language (KgLangRules *r, KgLang lang, const char *data_dir, GError **error)
{
  const char *file = lang == KG_LANG_KO ? "relations.ko.json" : "relations.en.json";
  json_t *root = load_json (file, data_dir, error);
  if (root == NULL)
    return FALSE;
  gboolean ok
    = load_role_table (root, "particles", file, &r->particles, &r->max_particle, error)
      && load_role_table (root, "markers", file, &r->markers, NULL, error)
      && load_role_table (root, "prepositions", file, &r->prepositions, NULL, error)
      && compile (root, "clause_break", file, &r->clause_break, error)
      && compile (root, "negation", file, &r->negation, error)
      && compile (root, "planned", file, &r->planned, error)
      && compile (root, "reported", file, &r->reported, error)
      && (json_object_get (root, "negation_prefix") == NULL
          || compile (root, "negation_prefix", file, &r->negation_prefix, error))
      && (json_object_get (root, "adnominal") == NULL
          || compile (root, "adnominal", file, &r->adnominal, error))
      && load_titles (r, lang, root, file, error) && load_relnouns (r, lang, root, file, error)
      && load_type_words (root, "classifiers", file, &r->classifiers, error)
      && load_type_words (root, "pronouns", file, &r->pronouns, error)
      && load_triggers (r, lang, root, file, error);
  json_decref (root);
  return ok;
}

static guint
type_set (json_t *list, gboolean *ok)
{
  guint set = 0;
  size_t i;
  json_t *v;
  json_array_foreach (list, i, v)
    {
      KgType t;
      if (!json_is_string (v) || !kg_type_from_name (json_string_value (v), &t))
        *ok = FALSE;
      else
        set |= 1u << t;
    }
  return set;
}

static gboolean
load_schema (KgRules *rules, const char *data_dir, GError **error)
{
  const char *file = "predicates.json";
  json_t *root = load_json (file, data_dir, error);
  if (root == NULL)
    return FALSE;
  json_t *preds = json_object_get (root, "predicates");
  gboolean ok = TRUE;
  for (int p = 0; ok && p < KG_PRED_N; p++)
    {
      json_t *e = json_object_get (preds, kg_predicate_name (p));
      if (e == NULL)
        ok = fail (error, file, "predicate \"%s\" is missing", kg_predicate_name (p));
      else
        {
          rules->subject_types[p] = type_set (json_object_get (e, "subject"), &ok);
          rules->object_types[p] = type_set (json_object_get (e, "object"), &ok);
          rules->same_type[p] = json_is_true (json_object_get (e, "same_type"));
          if (!ok)
            fail (error, file, "\"%s\": unknown type in subject or object", kg_predicate_name (p));
        }
    }
  json_decref (root);
  return ok;
}

/* qualifiers.json: date, money and quantity forms per language. */
static gboolean
load_qualifiers (KgRules *rules, const char *data_dir, GError **error)
{
  const char *file = "qualifiers.json";
  json_t *root = load_json (file, data_dir, error);
  if (root == NULL)
    return FALSE;
  gboolean ok = compile (root, "document_date", file, &rules->doc_date, error);
  static const char *const langs[] = { "ko", "en" };
  for (guint l = 0; ok && l < KG_LANG_N; l++)
    {
      json_t *forms = json_object_get (root, langs[l]);
      ok = compile (forms, "date", file, &rules->dates[l], error)
           && compile (forms, "money", file, &rules->money[l], error)
           && compile (forms, "quantity", file, &rules->quantity[l], error);
    }
  rules->currencies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  rules->multipliers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *k;
  json_t *v;
  json_object_foreach (json_object_get (root, "currencies"), k, v)
    if (json_is_string (v))
      g_hash_table_insert (rules->currencies, g_utf8_strdown (k, -1),
                           g_strdup (json_string_value (v)));
  json_object_foreach (json_object_get (root, "multipliers"), k, v)
    if (json_is_number (v))
      {
        double *d = g_new (double, 1);
        *d = json_number_value (v);
        g_hash_table_insert (rules->multipliers, g_utf8_strdown (k, -1), d);
      }
  rules->months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rules->relative_years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  json_object_foreach (json_object_get (root, "months"), k, v)
    if (json_is_integer (v))
      g_hash_table_insert (rules->months, g_utf8_strdown (k, -1),
                           GINT_TO_POINTER ((int)json_integer_value (v)));
  json_object_foreach (json_object_get (root, "relative_years"), k, v)
    if (json_is_integer (v))
      g_hash_table_insert (rules->relative_years, g_strdup (k),
                           GINT_TO_POINTER ((int)json_integer_value (v) + 100));
  json_decref (root);
  return ok;
}

static void
lang_clear (KgLangRules *r)
{
  GHashTable **tables[] = { &r->particles, &r->markers, &r->prepositions, &r->roles,
                            &r->former,    &r->relnouns, &r->classifiers, &r->pronouns };
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_clear_pointer (tables[i], g_hash_table_unref);
  GRegex **res[] = { &r->clause_break, &r->negation, &r->negation_prefix, &r->planned,
                     &r->reported, &r->adnominal };
  for (guint i = 0; i < G_N_ELEMENTS (res); i++)
    g_clear_pointer (res[i], g_regex_unref);
  g_clear_pointer (&r->triggers, g_array_unref);
  g_clear_pointer (&r->role_suffixes, g_ptr_array_unref);
}

void
kg_rules_free (KgRules *rules)
{
  if (rules == NULL)
    return;
  for (guint l = 0; l < KG_LANG_N; l++)
    {
      lang_clear (&rules->lang[l]);
      g_clear_pointer (&rules->dates[l], g_regex_unref);
      g_clear_pointer (&rules->money[l], g_regex_unref);
      g_clear_pointer (&rules->quantity[l], g_regex_unref);
    }
  g_clear_pointer (&rules->doc_date, g_regex_unref);
  g_clear_pointer (&rules->currencies, g_hash_table_unref);
  g_clear_pointer (&rules->multipliers, g_hash_table_unref);
  g_clear_pointer (&rules->months, g_hash_table_unref);
  g_clear_pointer (&rules->relative_years, g_hash_table_unref);
  g_free (rules);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgRules, kg_rules_free)

KgRules *
kg_rules_new (const char *data_dir, GError **error)
{
  g_autoptr (KgRules) rules = g_new0 (KgRules, 1);
  if (!load_schema (rules, data_dir, error) || !load_qualifiers (rules, data_dir, error))
    return NULL;
  for (guint l = 0; l < KG_LANG_N; l++)
    if (!load_language (&rules->lang[l], l, data_dir, error))
      return NULL;
  return g_steal_pointer (&rules);
}

gboolean
kg_rules_fit (const KgRules *rules, KgPredicate pred, KgType subject, KgType object)
{
  if (!(rules->subject_types[pred] & (1u << subject)) || !(rules->object_types[pred] & (1u << object)))
    return FALSE;
  return !rules->same_type[pred] || subject == object;
}

int
kg_rules_title_suffix (const KgLangRules *r, const char *word, gsize len)
{
  for (guint i = 0; r->role_suffixes != NULL && i < r->role_suffixes->len; i++)
    {
      const char *t = r->role_suffixes->pdata[i];
      gsize n = strlen (t);
      if (len > n && memcmp (word + len - n, t, n) == 0)
        return GPOINTER_TO_INT (g_hash_table_lookup (r->roles, t));
    }
  return 0;
}
