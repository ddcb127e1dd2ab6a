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

class JsonLinesSourceTest {
    @Test
    void readsPapersAndReportsBadLinesByNumber() throws Exception {
        String input = String.join("\n",
                "{\"id\":\"p1\",\"title\":\"One\",\"abstract\":\"Text one.\",\"authors\":[\"A\",\"B\"],\"date\":\"2024-03-06\",\"url\":\"https://example.org/1\"}",
                "{not json",
                "{\"title\":\"No abstract\"}",
                "",
                "{\"title\":\"Two\",\"abstract\":\"Text two.\",\"authors\":3,\"date\":\"yesterday\"}");
        List<InputProblem> problems = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        try (JsonLinesSource source = new JsonLinesSource("in.jsonl", new BufferedReader(new StringReader(input)))) {
            source.onProblem(problems::add);
            Paper p;
            while ((p = source.next()) != null) papers.add(p);
        }
        assertEquals(2, papers.size());
        assertEquals("p1", papers.get(0).id());
        assertEquals(2, papers.get(0).authors());
        assertEquals(LocalDate.of(2024, 3, 6), papers.get(0).date());
        assertEquals("https://example.org/1", papers.get(0).url());
        assertEquals(3, papers.get(1).authors());
        assertNull(papers.get(1).date());
        assertEquals(Titles.idOf("Two"), papers.get(1).id());
        assertEquals(List.of(2L, 3L, 5L), problems.stream().map(InputProblem::line).toList());
        assertTrue(problems.get(0).problem().startsWith("not valid JSON"), problems.get(0).problem());
        assertTrue(problems.get(1).problem().contains("missing \"abstract\""));
        assertTrue(problems.get(2).problem().contains("unreadable \"date\""));
    }
}
