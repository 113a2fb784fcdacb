/* SPDX-License-Identifier: MIT */
/* jsonld-read-entity.c: rebuilds one entity from its JSON-LD node: type
 * votes (kg:typeVotes), aliases, one mention per counted alias
 * (kg:aliasCounts) spread over the kept documents, the uncounted rest of
 * kg:documentCount, QID, family, discovered; a canonical name is set only
 * where the alias votes would not give it, as the lexicon does. */
#include <string.h>

#include "jsonld-private.h"
#include "jsonld-read.h"

/* Counts are replayed one call at a time: refuse absurd ones from a
 * damaged or hostile file instead of looping for minutes. */
#define MAX_REPLAY (1u << 27)

/* @return (transfer full) (nullable): the JSON object inside a counts literal */
static json_t *
parse_counts (json_t *literal)
{
  const char *text = kg_jsonld_text (literal);
  json_t *counts = text != NULL ? json_loads (text, 0, NULL) : NULL;
  if (counts != NULL && !json_is_object (counts))
    g_clear_pointer (&counts, json_decref);
  return counts;
}

static gboolean
read_type_votes (KgGraph *graph, const char *id, json_t *node, const char *name,
                 GError **error)
{
  const char *term = json_string_value (json_object_get (node, "@type"));
  for (int t = 0; t < KG_TYPE_N; t++)
    if (g_strcmp0 (term, kg_jsonld_type_term (t)) != 0)
      continue;
    else if (json_object_get (node, "kg:typeVotes") == NULL)
      {
        kg_graph_add_entity (graph, id, t);
        return TRUE;
      }
    else
      {
        json_t *votes = parse_counts (json_object_get (node, "kg:typeVotes"));
        const char *type_name;
        json_t *n;
        KgType vote;
        gboolean ok = votes != NULL;
        json_object_foreach (ok ? votes : NULL, type_name, n)
          {
            ok = kg_type_from_name (type_name, &vote) && json_integer_value (n) > 0
                 && json_integer_value (n) <= MAX_REPLAY;
            for (json_int_t i = 0; ok && i < json_integer_value (n); i++)
              kg_graph_add_entity (graph, id, vote);
          }
        json_decref (votes);
        if (ok && kg_graph_lookup_entity (graph, id) != NULL)
          return TRUE;
        return kg_jsonld_fail (error, name, "entity '%s': bad kg:typeVotes", id);
      }
  return kg_jsonld_fail (error, name, "entity '%s': unknown @type '%s'", id,
                         term != NULL ? term : "(none)");
}

/* Collects the ids of a list of document IRIs into \p docs. */
static gboolean
read_documents (json_t *node, GPtrArray *docs, const char *id, const char *name, GError **error)
{
  json_t *list = kg_jsonld_list (json_object_get (node, "kg:documents"));
  size_t i;
  json_t *v;
  json_array_foreach (list, i, v)
    {
      char *doc = json_is_string (v) ? kg_jsonld_document_from_iri (json_string_value (v)) : NULL;
      if (doc == NULL)
        {
          json_decref (list);
          return kg_jsonld_fail (error, name, "entity '%s': kg:documents[%zu] is not a "
                                 "document IRI", id, i);
        }
      g_ptr_array_add (docs, doc);
    }
  json_decref (list);
  return TRUE;
}

/* Replays the mentions: each counted alias once per count, the first ones
 * spread over the kept documents so every document is recorded. */
static gboolean
read_mentions (KgEntity *entity, json_t *node, const char *name, GError **error)
{
  const char *id = kg_entity_get_id (entity);
  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func (g_free);
  if (!read_documents (node, docs, id, name, error))
    return FALSE;
  guint mentions = 0, n_docs = docs->len;
  if (!kg_jsonld_count (json_object_get (node, "kg:mentions"), &mentions)
      || !kg_jsonld_count (json_object_get (node, "kg:documentCount"), &n_docs))
    return kg_jsonld_fail (error, name, "entity '%s': no valid kg:mentions and "
                           "kg:documentCount", id);
  json_t *counts = json_object_get (node, "kg:aliasCounts");
  json_t *parsed = counts != NULL ? parse_counts (counts) : json_object ();
  if (parsed == NULL)
    return kg_jsonld_fail (error, name, "entity '%s': kg:aliasCounts is not a JSON object", id);
  json_int_t sum = 0;
  const char *alias;
  json_t *n;
  json_object_foreach (parsed, alias, n)
    {
      json_int_t c = json_integer_value (n);
      if (!json_is_integer (n) || c <= 0 || c > MAX_REPLAY)
        {
          sum = -1;
          break;
        }
      sum += c;
    }
  /* Every mention has a surface and a document, and every document a mention. */
  if (sum != mentions || mentions > MAX_REPLAY || (json_int_t) docs->len > sum
      || (docs->len == 0 && sum > 0))
    {
      json_decref (parsed);
      return kg_jsonld_fail (error, name, "entity '%s': kg:mentions %u does not match "
                             "kg:aliasCounts and kg:documents", id, mentions);
    }
  guint replayed = 0;
  json_object_foreach (parsed, alias, n)
    for (json_int_t i = 0; i < json_integer_value (n); i++, replayed++)
      kg_entity_add_mention (entity, docs->pdata[MIN (replayed, docs->len - 1)], alias);
  json_decref (parsed);
  if (kg_entity_get_n_documents (entity) > n_docs)
    return kg_jsonld_fail (error, name, "entity '%s': kg:documentCount %u is less than "
                           "its documents", id, n_docs);
  kg_entity_add_uncounted_documents (entity, n_docs - kg_entity_get_n_documents (entity));
  return TRUE;
}

static void
read_names (KgEntity *entity, json_t *node)
{
  json_t *alt = kg_jsonld_list (json_object_get (node, "alternateName"));
  size_t i;
  json_t *v;
  json_array_foreach (alt, i, v)
    if (kg_jsonld_text (v) != NULL)
      kg_entity_add_alias (entity, kg_jsonld_text (v));
  json_decref (alt);
}

/* After the votes are replayed: a name the votes do not give was set. */
static void
read_canonical_names (KgEntity *entity, json_t *node)
{
  json_t *names = kg_jsonld_list (json_object_get (node, "name"));
  size_t i;
  json_t *v;
  json_array_foreach (names, i, v)
    {
      const char *lang = json_string_value (json_object_get (v, "@language"));
      const char *text = kg_jsonld_text (v);
      for (int l = 0; l < KG_LANG_N && text != NULL && lang != NULL; l++)
        if (strcmp (lang, kg_lang_name (l)) == 0
            && g_strcmp0 (kg_entity_get_name (entity, l), text) != 0)
          kg_entity_set_name (entity, l, text);
    }
  json_decref (names);
}

static gboolean
read_links (KgEntity *entity, json_t *node, const char *name, GError **error)
{
  const char *same = kg_jsonld_text (json_object_get (node, "sameAs"));
  if (same != NULL)
    {
      if (!g_str_has_prefix (same, KG_WIKIDATA_BASE))
        return kg_jsonld_fail (error, name, "entity '%s': sameAs is not a Wikidata IRI",
                               kg_entity_get_id (entity));
      g_autofree char *qid = g_uri_unescape_string (same + strlen (KG_WIKIDATA_BASE), NULL);
      kg_entity_set_qid (entity, qid);
    }
  const char *family = kg_jsonld_text (json_object_get (node, "kg:family"));
  if (family != NULL)
    {
      g_autofree char *fid = kg_jsonld_entity_from_iri (family);
      if (fid == NULL)
        return kg_jsonld_fail (error, name, "entity '%s': kg:family is not an entity IRI",
                               kg_entity_get_id (entity));
      kg_entity_set_family (entity, fid);
    }
  kg_entity_set_discovered (entity, json_is_true (json_object_get (node, "kg:discovered")));
  return TRUE;
}

gboolean
kg_jsonld_read_entity (KgGraph *graph, json_t *node, const char *name, GError **error)
{
  g_autofree char *id = kg_jsonld_entity_from_iri (json_string_value (json_object_get (node, "@id")));
  if (id == NULL)
    return kg_jsonld_fail (error, name, "an entity has an empty @id");
  if (kg_graph_lookup_entity (graph, id) != NULL)
    return kg_jsonld_fail (error, name, "entity '%s' is listed twice", id);
  if (!read_type_votes (graph, id, node, name, error))
    return FALSE;
  KgEntity *entity = kg_graph_lookup_entity (graph, id);
  read_names (entity, node);
  if (!read_mentions (entity, node, name, error) || !read_links (entity, node, name, error))
    return FALSE;
  read_canonical_names (entity, node);
  return TRUE;
}
