package org.papergraph.model;

import java.util.List;

/**
 * The bibliographic metadata a bulk source such as the arXiv snapshot gives beyond title and abstract. Every
 * field may be null (lists empty) when the source does not give it.
 *
 * @param arxivId     the arXiv identifier, old style ({@code hep-th/9901001}) or new ({@code 0704.0001}), or null
 * @param doi         the DOI as written without a resolver prefix ({@code 10.1103/PhysRevD.76.013009}), or null
 * @param authorNames the authors' names in the order of the paper
 * @param categories  the source's subject categories, primary first ({@code cs.LG})
 */
public record PaperMetadata(String arxivId, String doi, List<String> authorNames, List<String> categories) {
    public PaperMetadata {
        authorNames = authorNames == null ? List.of() : List.copyOf(authorNames);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
