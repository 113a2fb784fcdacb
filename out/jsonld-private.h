/* SPDX-License-Identifier: MIT */
/* jsonld-private.h: what the JSON-LD writer, its reader and the N-Triples
 * writer share: the namespaces, the IRI of each kind of node, the inline
 * @context, and the JSON tree of a graph (which ntriples.c turns into
 * triples, so both formats carry the same statements). */
#ifndef KG_JSONLD_PRIVATE_H
#define KG_JSONLD_PRIVATE_H

#include <jansson.h>

#include "kg-out.h"

G_BEGIN_DECLS

#define KG_NS "https://w3id.org/kgraph/ns#"
#define KG_ENTITY_BASE "https://w3id.org/kgraph/entity/"
#define KG_STATEMENT_BASE "https://w3id.org/kgraph/statement/"
/* Documents that are not absolute paths: relative paths and JSON Lines ids. */
#define KG_DOCUMENT_BASE "https://w3id.org/kgraph/document/"
#define KG_WIKIDATA_BASE "http://www.wikidata.org/entity/"
#define KG_SCHEMA_NS "http://schema.org/"
#define KG_RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define KG_XSD_NS "http://www.w3.org/2001/XMLSchema#"
/* The format version in the kg:Graph node; the reader accepts only this. */
#define KG_JSONLD_FORMAT_VERSION 1

/* @return (transfer full): the inline @context */
json_t *kg_jsonld_context (void);
/* @return (transfer full): the whole JSON-LD document of \p graph */
json_t *kg_jsonld_build (const KgGraph *graph);

/* @return (transfer none): the @type term of \p type: "Person", "kg:AIModel" ... */
const char *kg_jsonld_type_term (KgType type);
/* @return (transfer full): the entity's IRI */
char *kg_jsonld_entity_iri (const char *id);
/* @return (transfer full) (nullable): the id of an entity IRI, NULL if \p iri is not one */
char *kg_jsonld_entity_from_iri (const char *iri);
/* @return (transfer full): the statement's IRI */
char *kg_jsonld_statement_iri (const char *subject, KgPredicate pred, const char *object);
/* @return (transfer full): a file: IRI for an absolute path, else a kgraph document IRI */
char *kg_jsonld_document_iri (const char *document);
/* @return (transfer full) (nullable): the document id back from its IRI */
char *kg_jsonld_document_from_iri (const char *iri);

/* jsonld-statement.c */
/* @return (transfer full): the rdf:Statement node of \p relation with its evidence */
json_t *kg_jsonld_statement (const KgRelation *relation);
/* @return (transfer full): the typed JSON-LD value of a qualifier's normalised value */
json_t *kg_jsonld_qualifier_value (KgQualifierKind kind, const char *value);
/* Adds what merging needs beyond the visible names: the mention count of
 * each alias (kg:aliasCounts) and the type votes (kg:typeVotes). */
void kg_jsonld_add_votes (json_t *node, const KgEntity *entity);

/* Small jansson helpers. */
/* @return (transfer full): a JSON string; invalid UTF-8 is repaired, not dropped */
json_t *kg_json_string (const char *s);
/* Sets \p key to \p array unless it is empty (then frees it). */
void kg_json_set_nonempty (json_t *object, const char *key, json_t *array);

G_END_DECLS

#endif /* KG_JSONLD_PRIVATE_H */
