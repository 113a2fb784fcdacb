/* SPDX-License-Identifier: MIT */
/* entity.c: one entity and how two copies of it merge.  Every attribute is
 * a sum (type votes, mentions, alias counts), a bounded set kept by a fixed
 * order (the KG_ENTITY_MAX_DOCUMENTS smallest document ids, in a sorted
 * array) or a pick by a fixed rule (the smaller of two set strings; the
 * most mentioned alias), so merging in any order gives the same entity.
 * Aliases sit in a hash table; the name vote scans it: O(aliases). */
#include <string.h>

#include "graph-private.h"

void
kg_count_add (guint *count, guint extra)
{
  *count = extra > G_MAXUINT - *count ? G_MAXUINT : *count + extra;
}

KgEntity *
kg_entity_new (const char *id)
{
  KgEntity *entity = g_new0 (KgEntity, 1);
  entity->id = g_strdup (id);
  entity->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return entity;
}

void
kg_entity_free (KgEntity *entity)
{
  if (entity == NULL)
    return;
  g_free (entity->id);
  for (guint l = 0; l < KG_LANG_N; l++)
    g_free (entity->names[l]);
  g_hash_table_unref (entity->aliases);
  for (guint i = 0; i < entity->n_kept_documents; i++)
    g_free (entity->documents[i]);
  g_free (entity->qid);
  g_free (entity->family);
  g_free (entity);
}

/* Keeps the smaller of the string in \p slot and \p value (NULL loses). */
static void
keep_smaller (char **slot, const char *value)
{
  if (value != NULL && (*slot == NULL || strcmp (value, *slot) < 0))
    {
      g_free (*slot);
      *slot = g_strdup (value);
    }
}

/* Counts \p document once while it is kept; past the cap only the count
 * grows, so the smallest ids of the union stay whatever the order. */
static void
add_document (KgEntity *entity, const char *document)
{
  guint n = entity->n_kept_documents, at = 0;
  while (at < n && strcmp (entity->documents[at], document) < 0)
    at++;
  if (at < n && strcmp (entity->documents[at], document) == 0)
    return;
  kg_count_add (&entity->n_documents, 1);
  if (at == KG_ENTITY_MAX_DOCUMENTS)
    return;
  if (n == KG_ENTITY_MAX_DOCUMENTS)
    g_free (entity->documents[--n]);
  memmove (&entity->documents[at + 1], &entity->documents[at], (n - at) * sizeof (char *));
  entity->documents[at] = g_strdup (document);
  entity->n_kept_documents = n + 1;
}

/* Steals and puts back the key, so the string get_name () lends stays. */
static void
add_alias_count (KgEntity *entity, const char *surface, guint count)
{
  gpointer key, value;
  if (g_hash_table_steal_extended (entity->aliases, surface, &key, &value))
    {
      guint n = GPOINTER_TO_UINT (value);
      kg_count_add (&n, count);
      g_hash_table_insert (entity->aliases, key, GUINT_TO_POINTER (n));
    }
  else
    g_hash_table_insert (entity->aliases, g_strdup (surface), GUINT_TO_POINTER (count));
}

void
kg_entity_merge (KgEntity *dst, const KgEntity *src)
{
  for (guint t = 0; t < KG_TYPE_N; t++)
    kg_count_add (&dst->type_votes[t], src->type_votes[t]);
  for (guint l = 0; l < KG_LANG_N; l++)
    keep_smaller (&dst->names[l], src->names[l]);
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, src->aliases);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_alias_count (dst, key, GPOINTER_TO_UINT (value));
  kg_count_add (&dst->mentions, src->mentions);
  for (guint i = 0; i < src->n_kept_documents; i++)
    add_document (dst, src->documents[i]);
  kg_count_add (&dst->n_documents, src->n_documents - src->n_kept_documents);
  keep_smaller (&dst->qid, src->qid);
  keep_smaller (&dst->family, src->family);
  dst->origin = MAX (dst->origin, src->origin);
}

const char *
kg_entity_get_id (const KgEntity *entity)
{
  g_return_val_if_fail (entity != NULL, NULL);
  return entity->id;
}

KgType
kg_entity_get_type (const KgEntity *entity)
{
  g_return_val_if_fail (entity != NULL, KG_TYPE_PERSON);
  guint best = 0;
  for (guint t = 1; t < KG_TYPE_N; t++)
    if (entity->type_votes[t] > entity->type_votes[best])
      best = t;
  return (KgType)best;
}

guint
kg_entity_get_type_votes (const KgEntity *entity, KgType type)
{
  g_return_val_if_fail (entity != NULL && (guint)type < KG_TYPE_N, 0);
  return entity->type_votes[type];
}

void
kg_entity_set_name (KgEntity *entity, KgLang lang, const char *name)
{
  g_return_if_fail (entity != NULL && (guint)lang < KG_LANG_N && name != NULL);
  keep_smaller (&entity->names[lang], name);
}

/* The alias with most mentions in the script of \p lang, ties to the
 * smaller string; an alias only listed (0 mentions) casts no vote. */
static const char *
voted_name (const KgEntity *entity, KgLang lang)
{
  const char *best = NULL;
  guint best_n = 0;
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, entity->aliases);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint n = GPOINTER_TO_UINT (value);
      if (n == 0 || n < best_n || (n == best_n && strcmp (key, best) > 0))
        continue;
      if (kg_text_is_hangul (key) != (lang == KG_LANG_KO))
        continue;
      best = key;
      best_n = n;
    }
  return best;
}

const char *
kg_entity_get_name (const KgEntity *entity, KgLang lang)
{
  g_return_val_if_fail (entity != NULL && (guint)lang < KG_LANG_N, NULL);
  if (entity->names[lang] != NULL)
    return entity->names[lang];
  return voted_name (entity, lang);
}

const char *
kg_entity_get_label (const KgEntity *entity, KgLang lang)
{
  g_return_val_if_fail (entity != NULL && (guint)lang < KG_LANG_N, NULL);
  const char *name = kg_entity_get_name (entity, lang);
  if (name == NULL)
    name = kg_entity_get_name (entity, lang == KG_LANG_KO ? KG_LANG_EN : KG_LANG_KO);
  return name != NULL ? name : entity->id;
}

void
kg_entity_add_mention (KgEntity *entity, const char *document, const char *surface)
{
  g_return_if_fail (entity != NULL && surface != NULL);
  add_alias_count (entity, surface, 1);
  kg_count_add (&entity->mentions, 1);
  if (document != NULL)
    add_document (entity, document);
}

void
kg_entity_add_alias (KgEntity *entity, const char *surface)
{
  g_return_if_fail (entity != NULL && surface != NULL);
  add_alias_count (entity, surface, 0);
}

guint
kg_entity_get_mentions (const KgEntity *entity)
{
  g_return_val_if_fail (entity != NULL, 0);
  return entity->mentions;
}

guint
kg_entity_get_alias_count (const KgEntity *entity, const char *alias)
{
  g_return_val_if_fail (entity != NULL && alias != NULL, 0);
  return GPOINTER_TO_UINT (g_hash_table_lookup (entity->aliases, alias));
}

static int
by_string (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

GPtrArray *
kg_entity_get_aliases (const KgEntity *entity)
{
  g_return_val_if_fail (entity != NULL, NULL);
  GPtrArray *aliases = g_ptr_array_sized_new (g_hash_table_size (entity->aliases));
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, entity->aliases);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (aliases, key);
  g_ptr_array_sort (aliases, by_string);
  return aliases;
}

void
kg_entity_add_uncounted_documents (KgEntity *entity, guint extra)
{
  g_return_if_fail (entity != NULL);
  kg_count_add (&entity->n_documents, extra);
}

guint
kg_entity_get_n_documents (const KgEntity *entity)
{
  g_return_val_if_fail (entity != NULL, 0);
  return entity->n_documents;
}

GPtrArray *
kg_entity_get_documents (const KgEntity *entity)
{
  g_return_val_if_fail (entity != NULL, NULL);
  GPtrArray *documents = g_ptr_array_sized_new (entity->n_kept_documents);
  for (guint i = 0; i < entity->n_kept_documents; i++)
    g_ptr_array_add (documents, entity->documents[i]);
  return documents;
}

/* A set string: NULL clears; two different ones keep the smaller, as
 * kg_graph_merge() does, so the order of the calls does not matter. */
static void
set_or_keep_smaller (char **slot, const char *value)
{
  if (value == NULL)
    g_clear_pointer (slot, g_free);
  else
    keep_smaller (slot, value);
}

void
kg_entity_set_qid (KgEntity *entity, const char *qid)
{
  g_return_if_fail (entity != NULL);
  set_or_keep_smaller (&entity->qid, qid);
}

const char *
kg_entity_get_qid (const KgEntity *entity)
{
  g_return_val_if_fail (entity != NULL, NULL);
  return entity->qid;
}

void
kg_entity_set_discovered (KgEntity *entity, gboolean discovered)
{
  g_return_if_fail (entity != NULL);
  entity->origin = MAX (entity->origin, discovered ? KG_ORIGIN_DISCOVERED : KG_ORIGIN_LISTED);
}

gboolean
kg_entity_get_discovered (const KgEntity *entity)
{
  g_return_val_if_fail (entity != NULL, FALSE);
  return entity->origin == KG_ORIGIN_DISCOVERED;
}

void
kg_entity_set_family (KgEntity *entity, const char *family_id)
{
  g_return_if_fail (entity != NULL);
  set_or_keep_smaller (&entity->family, family_id);
}

const char *
kg_entity_get_family (const KgEntity *entity)
{
  g_return_val_if_fail (entity != NULL, NULL);
  return entity->family;
}
