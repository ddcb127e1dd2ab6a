package org.papergraph.extract;

import org.papergraph.config.ProjectFiles;
import org.papergraph.rdf.SkosVocabulary;

/** The project's real vocabulary, read once for all tests. */
public final class TestLexicons {
    private static Lexicon lexicon;

    private TestLexicons() {
    }

    public static synchronized Lexicon project() {
        if (lexicon == null) lexicon = SkosVocabulary.lexicon(ProjectFiles.at(java.nio.file.Path.of("..")));
        return lexicon;
    }
}
