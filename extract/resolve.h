/* SPDX-License-Identifier: MIT */
/* resolve.h: what resolve.c and resolve-pairs.c share.  Private to extract/. */
#ifndef KG_RESOLVE_H
#define KG_RESOLVE_H

#include "extract-private.h"

G_BEGIN_DECLS

/* Gives a name and its spelling in the other script one id within @doc
 * (resolve-pairs.c); doc->mentions must be sorted by start, and stay so. */
void kg_resolve_pairs (KgDoc *doc);

G_END_DECLS

#endif /* KG_RESOLVE_H */
