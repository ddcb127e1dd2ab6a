package org.papergraph.ingest;

import java.time.LocalDate;
import java.util.Objects;
import org.papergraph.model.PaperMetadata;

/**
 * One paper as read from a source. Optional fields are null when the source does not give them.
 *
 * @param id       stable identifier: the source's own id, else derived from the normalized title
 * @param title    the title as written
 * @param abstractText the abstract as written (offsets of mentions refer to this text)
 * @param authors  number of authors, or null
 * @param date     publication date, or null
 * @param upvotes  upvotes on the listing page, or null
 * @param url      the paper's address, or null
 * @param source   where it was read, as {@code file:line}
 * @param metadata bibliographic metadata (arXiv id, DOI, author names, categories), or null
 */
public record Paper(String id, String title, String abstractText, Integer authors, LocalDate date,
                    Integer upvotes, String url, String source, PaperMetadata metadata) {
    public Paper {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        if (id == null || id.isBlank()) id = Titles.idOf(title);
    }

    /** A paper without bibliographic metadata, as listing pages and plain JSON Lines give it. */
    public Paper(String id, String title, String abstractText, Integer authors, LocalDate date,
                 Integer upvotes, String url, String source) {
        this(id, title, abstractText, authors, date, upvotes, url, source, null);
    }

    /** The key under which two sightings of the same paper are one paper. */
    public String titleKey() {
        return Titles.normalize(title);
    }
}
