package org.papergraph.store;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.papergraph.extract.CandidateClassifier;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RuleBasedExtractor;
import org.papergraph.extract.TestLexicons;
import org.papergraph.ingest.Paper;
import org.papergraph.model.Extraction;
import org.papergraph.nlp.OpenNlpAnalyzer;

/**
 * Two papers that report different top-1 accuracies of ResNet-50 on ImageNet (76.1% and 78.4%), and a
 * third with ViT-B's (81.8%), which agrees with nothing and conflicts with nothing. Extracted by the real
 * extractor.
 */
public final class ConflictingPapers {
    private ConflictingPapers() {
    }

    public static List<Extraction> extractions() {
        Extractor extractor = new RuleBasedExtractor(OpenNlpAnalyzer.shared(), TestLexicons.project(),
                EnumSet.allOf(RuleBasedExtractor.Stage.class),
                CandidateClassifier.read(SampleDatabase.project().open(CandidateClassifier.MODEL_FILE), CandidateClassifier.DEFAULT_REJECT_ABOVE));
        return List.of(
                extractor.extract(new Paper("t:resnet-a", "Training ResNet-50 Again",
                        "We train ResNet-50 on ImageNet. ResNet-50 achieves 76.1% top-1 accuracy on ImageNet.",
                        2, LocalDate.of(2021, 3, 1), null, null, "test")),
                extractor.extract(new Paper("t:resnet-b", "A Closer Look at ResNet-50",
                        "We revisit ResNet-50. ResNet-50 achieves 78.4% top-1 accuracy on ImageNet.",
                        3, LocalDate.of(2022, 5, 1), null, null, "test")),
                extractor.extract(new Paper("t:vit", "ViT on ImageNet",
                        "We revisit ViT-B. ViT-B achieves 81.8% top-1 accuracy on ImageNet.",
                        4, LocalDate.of(2023, 1, 1), null, null, "test")));
    }
}
