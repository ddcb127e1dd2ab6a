package org.papergraph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.papergraph.model.EntityType;
import org.papergraph.model.Extraction;
import org.papergraph.model.Mention;
import org.papergraph.extract.Names;
import org.papergraph.model.Result;

/**
 * Scores extractions against gold abstracts as GUIDELINES.md describes. Lenient matching compares
 * normalized surface forms and canonical names (either with either); strict matching wants the exact
 * surface form or canonical name. Results match by value (to 1e-6) and, where the gold names a metric, by
 * metric; their other attributes are then scored as the share of matched results that have them right.
 * Not thread-safe: one scorer per evaluation.
 */
public final class Scorer {
    /** Counts of one type or of all. */
    public static final class Counts {
        public int truePositives;
        public int falsePositives;
        public int falseNegatives;

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One abstract's misses and false positives, for {@code evaluate --errors}. */
    public record Errors(String id, String title, List<String> falsePositives, List<String> misses) {
    }

    public final Map<EntityType, Counts> lenient = new EnumMap<>(EntityType.class);
    public final Map<EntityType, Counts> strict = new EnumMap<>(EntityType.class);
    public final Counts results = new Counts();
    public int proposedGoldFound;
    public int proposedRight;
    /** Matched entities the extractor marked proposed, and how many of them the gold marks proposed. */
    public int proposedPredicted;
    public int proposedPredictedRight;
    public int matchedResults;
    public final Map<String, Integer> attributeRight = new java.util.LinkedHashMap<>();
    public final List<Errors> errors = new ArrayList<>();

    public Scorer() {
        for (EntityType t : EntityType.values()) {
            lenient.put(t, new Counts());
            strict.put(t, new Counts());
        }
        for (String a : List.of("subject", "dataset", "baseline", "unit", "kind")) attributeRight.put(a, 0);
    }

    public void add(GoldSet.Abstract gold, Extraction predicted) {
        List<String> fps = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        matchEntities(gold.entities(), predicted.entities(), false, lenient, fps, misses);
        matchEntities(gold.entities(), predicted.entities(), true, strict, new ArrayList<>(), new ArrayList<>());
        matchResults(gold, predicted, fps, misses);
        errors.add(new Errors(gold.id(), gold.title(), fps, misses));
    }

    private void matchEntities(List<GoldSet.Entity> gold, List<Mention> predicted, boolean exact, Map<EntityType, Counts> counts,
                               List<String> fps, List<String> misses) {
        boolean[] used = new boolean[gold.size()];
        for (Mention p : predicted) {
            int match = -1;
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && gold.get(i).type().equals(p.type().name()) && sameEntity(gold.get(i), p, exact)) {
                    match = i;
                    break;
                }
            }
            Counts c = counts.get(p.type());
            if (match >= 0) {
                used[match] = true;
                c.truePositives++;
                if (!exact && gold.get(match).proposed()) {
                    proposedGoldFound++;
                    if (p.proposed()) proposedRight++;
                    else fps.add("~ " + p.type() + " " + p.text() + " is proposed by the paper, not marked so");
                }
                if (!exact && p.proposed()) {
                    proposedPredicted++;
                    if (gold.get(match).proposed()) proposedPredictedRight++;
                    else fps.add("~ " + p.type() + " " + p.text() + " is marked proposed, but the paper only uses it");
                }
            } else {
                c.falsePositives++;
                fps.add(p.type() + " " + p.text() + (p.text().equals(p.canonical()) ? "" : " = " + p.canonical()));
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (used[i]) continue;
            GoldSet.Entity g = gold.get(i);
            EntityType type;
            try {
                type = EntityType.valueOf(g.type());
            } catch (IllegalArgumentException e) {
                continue;
            }
            counts.get(type).falseNegatives++;
            misses.add(g.type() + " " + g.text() + (Objects.equals(g.text(), g.canonical()) ? "" : " = " + g.canonical()));
        }
    }

    private static boolean sameEntity(GoldSet.Entity g, Mention p, boolean exact) {
        if (exact) {
            return p.text().equals(g.text()) || p.text().equals(g.canonical()) || p.canonical().equals(g.text())
                    || p.canonical().equals(g.canonical());
        }
        Set<String> goldNames = names(g.text(), g.canonical());
        for (String n : names(p.text(), p.canonical())) if (goldNames.contains(n)) return true;
        return false;
    }

    private static Set<String> names(String... raw) {
        Set<String> out = new HashSet<>();
        for (String r : raw) if (r != null) out.add(Names.normalize(r));
        return out;
    }

    private void matchResults(GoldSet.Abstract gold, Extraction predicted, List<String> fps, List<String> misses) {
        List<GoldSet.GoldResult> goldResults = gold.results();
        boolean[] used = new boolean[goldResults.size()];
        for (Result r : predicted.results()) {
            int match = -1;
            for (int i = 0; i < goldResults.size(); i++) {
                GoldSet.GoldResult g = goldResults.get(i);
                if (used[i] || g.value() == null || Math.abs(g.value() - r.value().doubleValue()) > 1e-6) continue;
                if (g.metric() != null && !sameName(gold, g.metric(), predicted, r.metric())) continue;
                match = i;
                break;
            }
            if (match < 0) {
                results.falsePositives++;
                fps.add("RESULT " + r.value().toPlainString() + (r.unit() == null ? "" : " " + r.unit()) + " " + r.kind().label()
                        + " metric=" + r.metric() + " subject=" + r.subject() + " | " + r.text());
                continue;
            }
            used[match] = true;
            results.truePositives++;
            matchedResults++;
            GoldSet.GoldResult g = goldResults.get(match);
            List<String> wrong = new ArrayList<>();
            score("subject", sameOrBothNull(gold, g.subject(), predicted, r.subject()), r.subject(), g.subject(), wrong);
            score("dataset", sameOrBothNull(gold, g.dataset(), predicted, r.dataset()), r.dataset(), g.dataset(), wrong);
            score("baseline", sameOrBothNull(gold, g.baseline(), predicted, r.baseline()), r.baseline(), g.baseline(), wrong);
            score("unit", Objects.equals(normalizeUnit(g.unit()), normalizeUnit(r.unit())), r.unit(), g.unit(), wrong);
            score("kind", r.kind().label().equals(g.kind()), r.kind().label(), g.kind(), wrong);
            if (!wrong.isEmpty()) fps.add("~ RESULT " + r.value().toPlainString() + " " + String.join(", ", wrong) + " | " + g.text());
        }
        for (int i = 0; i < goldResults.size(); i++) {
            if (used[i]) continue;
            results.falseNegatives++;
            GoldSet.GoldResult g = goldResults.get(i);
            misses.add("RESULT " + g.value() + (g.unit() == null ? "" : " " + g.unit()) + " " + g.kind() + " metric=" + g.metric()
                    + " subject=" + g.subject() + " | " + g.text());
        }
    }

    private void score(String attribute, boolean right, String predicted, String expected, List<String> wrong) {
        if (right) {
            attributeRight.merge(attribute, 1, Integer::sum);
        } else {
            wrong.add(attribute + " " + predicted + " (gold " + expected + ")");
        }
    }

    private static String normalizeUnit(String unit) {
        return unit == null ? null : unit.toLowerCase(Locale.ROOT);
    }

    private static boolean sameOrBothNull(GoldSet.Abstract gold, String goldName, Extraction predicted, String predictedName) {
        if (goldName == null || predictedName == null) return goldName == null && predictedName == null;
        return sameName(gold, goldName, predicted, predictedName);
    }

    /** A gold name with the surface forms and canonical name of the gold entities it is the canonical name of, normalized. */
    static Set<String> goldNames(GoldSet.Abstract gold, String goldName) {
        Set<String> names = names(goldName);
        for (GoldSet.Entity e : gold.entities()) {
            if (goldName.equals(e.canonical())) names.addAll(names(e.text(), e.canonical()));
        }
        return names;
    }

    /** A gold canonical name and a predicted canonical name denote the same entity (either's surface forms count). */
    private static boolean sameName(GoldSet.Abstract gold, String goldName, Extraction predicted, String predictedName) {
        if (predictedName == null) return false;
        Set<String> goldNames = goldNames(gold, goldName);
        Set<String> predictedNames = names(predictedName);
        Mention m = predicted.entity(predictedName);
        if (m != null) predictedNames.addAll(names(m.text()));
        for (String n : predictedNames) if (goldNames.contains(n)) return true;
        return false;
    }

    public Counts micro(Map<EntityType, Counts> byType) {
        Counts all = new Counts();
        for (Counts c : byType.values()) {
            all.truePositives += c.truePositives;
            all.falsePositives += c.falsePositives;
            all.falseNegatives += c.falseNegatives;
        }
        return all;
    }

    /** The report as a plain-text table. */
    public String report(boolean withErrors) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-9s %6s %6s %6s   %6s %6s %6s   %4s %4s %4s%n",
                "type", "P", "R", "F1", "P(s)", "R(s)", "F1(s)", "tp", "fp", "fn"));
        for (EntityType t : EntityType.values()) row(out, t.name(), lenient.get(t), strict.get(t));
        row(out, "micro", micro(lenient), micro(strict));
        out.append(String.format(Locale.ROOT, "%nlenient: normalized surface or canonical name; (s) strict: exact name%n"));
        if (withErrors) out.append(String.format(Locale.ROOT, "errors: + false positive, - miss, ~ matched result with wrong attributes%n"));
        out.append(String.format(Locale.ROOT, "proposed right: %d of %d found gold-proposed entities (%.3f)%n",
                proposedRight, proposedGoldFound, ratio(proposedRight, proposedGoldFound)));
        out.append(String.format(Locale.ROOT, "proposed precision: %d of %d found entities marked proposed are (%.3f)%n",
                proposedPredictedRight, proposedPredicted, ratio(proposedPredictedRight, proposedPredicted)));
        out.append(String.format(Locale.ROOT, "%nresults   P %.3f  R %.3f  F1 %.3f   tp %d fp %d fn %d%n",
                results.precision(), results.recall(), results.f1(), results.truePositives, results.falsePositives, results.falseNegatives));
        for (Map.Entry<String, Integer> a : attributeRight.entrySet()) {
            out.append(String.format(Locale.ROOT, "  %-9s right in %d of %d matched (%.3f)%n", a.getKey(), a.getValue(), matchedResults,
                    ratio(a.getValue(), matchedResults)));
        }
        if (withErrors) {
            for (Errors e : errors) {
                if (e.falsePositives().isEmpty() && e.misses().isEmpty()) continue;
                out.append(String.format(Locale.ROOT, "%n## %s %s%n", e.id(), e.title()));
                for (String fp : e.falsePositives()) out.append(fp.startsWith("~") ? "  " : "  + ").append(fp).append('\n');
                for (String miss : e.misses()) out.append("  - ").append(miss).append('\n');
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, Counts l, Counts s) {
        out.append(String.format(Locale.ROOT, "%-9s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f   %4d %4d %4d%n", name, l.precision(), l.recall(),
                l.f1(), s.precision(), s.recall(), s.f1(), l.truePositives, l.falsePositives, l.falseNegatives));
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
