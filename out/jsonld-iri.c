/* SPDX-License-Identifier: MIT */
/* jsonld-iri.c: the names of things in kgraph's RDF: the inline @context and
 * the IRIs of entities, statements and documents.  Every IRI percent-encodes
 * its id (g_uri_escape_string), so the reader gets the exact id back. */
#include <string.h>

#include "jsonld-private.h"

/* Properties whose values are IRIs (typed @id in the context). */
static const char *const iri_terms[] = {
  "sameAs", "kg:family", "kg:documents", "rdf:subject", "rdf:predicate", "rdf:object",
  "prov:wasDerivedFrom",
};

json_t *
kg_jsonld_context (void)
{
  json_t *ctx = json_object ();
  json_object_set_new (ctx, "@vocab", json_string (KG_SCHEMA_NS));
  json_object_set_new (ctx, "kg", json_string (KG_NS));
  json_object_set_new (ctx, "prov", json_string ("http://www.w3.org/ns/prov#"));
  json_object_set_new (ctx, "oa", json_string ("http://www.w3.org/ns/oa#"));
  json_object_set_new (ctx, "rdf", json_string (KG_RDF_NS));
  json_object_set_new (ctx, "xsd", json_string (KG_XSD_NS));
  for (gsize i = 0; i < G_N_ELEMENTS (iri_terms); i++)
    json_object_set_new (ctx, iri_terms[i], json_pack ("{s:s}", "@type", "@id"));
  for (int p = 0; p < KG_PRED_N; p++)
    {
      g_autofree char *term = g_strconcat ("kg:", kg_predicate_name (p), NULL);
      json_object_set_new (ctx, term, json_pack ("{s:s}", "@type", "@id"));
    }
  return ctx;
}

const char *
kg_jsonld_type_term (KgType type)
{
  static const char *const terms[KG_TYPE_N] = {
    [KG_TYPE_PERSON] = "Person",
    [KG_TYPE_ORGANIZATION] = "Organization",
    [KG_TYPE_MODEL] = "kg:AIModel",
    [KG_TYPE_HARDWARE] = "kg:Hardware",
    [KG_TYPE_PROJECT] = "kg:Project",
  };
  g_return_val_if_fail (type < KG_TYPE_N, NULL);
  return terms[type];
}

char *
kg_jsonld_entity_iri (const char *id)
{
  g_autofree char *esc = g_uri_escape_string (id, NULL, FALSE);
  return g_strconcat (KG_ENTITY_BASE, esc, NULL);
}

/* @return (transfer full) (nullable): \p iri without \p base, unescaped */
static char *
strip_base (const char *iri, const char *base)
{
  if (!g_str_has_prefix (iri, base) || iri[strlen (base)] == '\0')
    return NULL;
  return g_uri_unescape_string (iri + strlen (base), NULL);
}

char *
kg_jsonld_entity_from_iri (const char *iri)
{
  return strip_base (iri, KG_ENTITY_BASE);
}

char *
kg_jsonld_statement_iri (const char *subject, KgPredicate pred, const char *object)
{
  g_autofree char *s = g_uri_escape_string (subject, NULL, FALSE);
  g_autofree char *o = g_uri_escape_string (object, NULL, FALSE);
  return g_strconcat (KG_STATEMENT_BASE, s, "/", kg_predicate_name (pred), "/", o, NULL);
}

char *
kg_jsonld_document_iri (const char *document)
{
  if (document[0] == '/')
    {
      g_autofree char *esc = g_uri_escape_string (document, "/", FALSE);
      return g_strconcat ("file://", esc, NULL);
    }
  g_autofree char *esc = g_uri_escape_string (document, NULL, FALSE);
  return g_strconcat (KG_DOCUMENT_BASE, esc, NULL);
}

char *
kg_jsonld_document_from_iri (const char *iri)
{
  if (g_str_has_prefix (iri, "file:///"))
    return g_uri_unescape_string (iri + strlen ("file://"), NULL);
  return strip_base (iri, KG_DOCUMENT_BASE);
}
