package org.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingPageSourceTest {
    private static final String ABSTRACT_A = "We propose AlphaNet, a method for testing listing pages that is long enough to be an abstract line.";
    private static final String ABSTRACT_B = "Second abstract which also needs to be longer than eighty characters to count as an abstract.";

    private static List<Paper> read(String page, List<InputProblem> problems) throws Exception {
        List<Paper> papers = new ArrayList<>();
        try (ListingPageSource source = new ListingPageSource("page.txt", new BufferedReader(new StringReader(page)))) {
            source.onProblem(problems::add);
            Paper p;
            while ((p = source.next()) != null) papers.add(p);
        }
        return papers;
    }

    @Test
    void readsTitlesAbstractsAndMetadataAndSkipsChrome() throws Exception {
        String page = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nFeb 10\n\n"
                + "Paper A: First\n\n" + ABSTRACT_A + "\n\n  • 12 authors\n·\nApr 7, 2025 3\n\n"
                + "Paper B\n\n" + ABSTRACT_B + "\n\nUchicago University of Chicago\n·\nDec 3, 2025\n";
        List<InputProblem> problems = new ArrayList<>();
        List<Paper> papers = read(page, problems);
        assertEquals(2, papers.size());
        Paper a = papers.get(0);
        assertEquals("Paper A: First", a.title());
        assertEquals(ABSTRACT_A, a.abstractText());
        assertEquals(12, a.authors());
        assertEquals(LocalDate.of(2025, 4, 7), a.date());
        assertEquals(3, a.upvotes());
        assertEquals("page.txt:13", a.source());
        Paper b = papers.get(1);
        assertEquals("Paper B", b.title());
        assertNull(b.authors());
        assertEquals(LocalDate.of(2025, 12, 3), b.date());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void readsPagesWithoutMetadataLines() throws Exception {
        String page = "Daily Papers\n\nSep 8\n\nTitle One\n\n" + ABSTRACT_A + "\n\nTitle Two\n\n" + ABSTRACT_B + "\n";
        List<Paper> papers = read(page, new ArrayList<>());
        assertEquals(List.of("Title One", "Title Two"), papers.stream().map(Paper::title).toList());
        assertNull(papers.get(0).date());
    }

    @Test
    void reportsATitleWithoutAbstractAndGoesOn() throws Exception {
        String page = "Lonely Title\n\n  • 3 authors\n·\nMay 1, 2024\n\nTitle Two\n\n" + ABSTRACT_B + "\n";
        List<InputProblem> problems = new ArrayList<>();
        List<Paper> papers = read(page, problems);
        assertEquals(1, papers.size());
        assertEquals("Title Two", papers.get(0).title());
        assertEquals(1, problems.size());
        assertEquals(1, problems.get(0).line());
        assertTrue(problems.get(0).toString().startsWith("page.txt:1: title without an abstract"), problems.get(0).toString());
    }
}
