package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.model.EntityType;
import org.papergraph.nlp.OpenNlpAnalyzer;

/** The candidate sources one by one, with what they leave in the context for later stages. */
class CandidateSourcesTest {
    private static final EntityPatterns PATTERNS = EntityPatterns.load();
    private static final WordPredicates PREDICATES = new WordPredicates(PATTERNS);

    private static AbstractText doc(String text) {
        return new AbstractText("Qux", text, OpenNlpAnalyzer.shared());
    }

    private static AcronymCandidates acronyms() {
        return new AcronymCandidates(TestLexicons.project(), PATTERNS, new ProposalCues(PATTERNS, PREDICATES));
    }

    @Test
    void anAcronymDefinitionIsOneCandidateOverBothFormsAndTwoAliases() {
        String text = "We introduce Sparse Quantized Widget Learning (SQWL), a training method.";
        CandidateSource.Context ctx = new CandidateSource.Context();
        List<Candidate> out = new ArrayList<>();
        acronyms().propose(doc(text), ctx, out);
        assertEquals(1, out.size(), out.toString());
        Candidate c = out.get(0);
        assertEquals("SQWL", c.text());
        assertEquals("Sparse Quantized Widget Learning", c.canonical());
        assertEquals("Sparse Quantized Widget Learning (SQWL)", text.substring(c.start(), c.end()));
        assertEquals(Candidate.ACRONYM, c.priority());
        assertTrue(c.proposed());
        assertEquals("Sparse Quantized Widget Learning", ctx.aliases.get(Names.looseKey("SQWL")));
        assertEquals("Sparse Quantized Widget Learning", ctx.aliases.get(Names.looseKey("Sparse Quantized Widget Learning")));
    }

    @Test
    void anAcronymOfAClassOfThingsIsNoCandidateButIsRemembered() {
        CandidateSource.Context ctx = new CandidateSource.Context();
        List<Candidate> out = new ArrayList<>();
        acronyms().propose(doc("We explore whether tiny language models (TLMs) learn syntax."), ctx, out);
        assertTrue(out.isEmpty(), out.toString());
        assertEquals(java.util.Set.of("TLM"), ctx.classAcronyms);
    }

    @Test
    void aLaterSourceTypesListItemsByWhatAnEarlierOneFound() {
        String text = "We evaluate on MMLU, FooQA and BarBench.";
        int at = text.indexOf("MMLU");
        List<Candidate> out = new ArrayList<>();
        out.add(new Candidate(at, at + 4, "MMLU", EntityType.DATASET, "MMLU", null, null, Candidate.LEXICON, false));
        new CoordinatedCandidates(PREDICATES).propose(doc(text), new CandidateSource.Context(), out);
        assertEquals(List.of("MMLU", "FooQA", "BarBench"), out.stream().map(Candidate::text).toList());
        assertTrue(out.stream().allMatch(c -> c.type() == EntityType.DATASET), out.toString());
    }

    @Test
    void aBitWidthBeforeAFoundMethodNamesAVariant() {
        String text = "Our 8-bit GaLore trains LLaMA on one GPU.";
        int at = text.indexOf("GaLore");
        List<Candidate> out = new ArrayList<>();
        out.add(new Candidate(at, at + 6, "GaLore", EntityType.METHOD, "GaLore", null, null, Candidate.PROPOSAL, true));
        new BitWidthVariants().propose(doc(text), new CandidateSource.Context(), out);
        assertEquals(2, out.size(), out.toString());
        Candidate variant = out.get(1);
        assertEquals("8-bit GaLore", variant.text());
        assertEquals(text.indexOf("8-bit"), variant.start());
        assertEquals(EntityType.METHOD, variant.type());
        assertTrue(variant.proposed());
    }
}
