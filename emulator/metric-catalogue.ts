/** The fixed answer of `GET /api/metrics`, in the legacy shape the clients read (`MetricInfo`). */

export interface MetricEntry {
  id: string;
  /** The Space that hosts the metric; the Python client requires it. */
  spaceId: string;
  description: string;
  citation?: string;
  /** Old `datasets` releases read this field, so the Hub always sends it, empty. */
  key: "";
}

function metric(id: string, description: string, citation?: string): MetricEntry {
  return { id, spaceId: `evaluate-metric/${id}`, description, ...(citation && { citation }), key: "" };
}

export const METRICS: MetricEntry[] = [
  metric(
    "accuracy",
    "Accuracy is the proportion of correct predictions among the total number of cases processed.",
    "@article{scikit-learn, title={Scikit-learn: Machine Learning in {P}ython}, year={2011}}",
  ),
  metric("f1", "The F1 score is the harmonic mean of the precision and recall."),
  metric("precision", "Precision is the fraction of correctly labeled positive examples out of all labeled positives."),
  metric("recall", "Recall is the fraction of the positive examples that were correctly labeled by the model."),
  metric(
    "bleu",
    "BLEU scores a candidate translation by its n-gram overlap with one or more reference translations.",
    "@inproceedings{papineni2002bleu, title={Bleu: a Method for Automatic Evaluation of Machine Translation}, year={2002}}",
  ),
  metric(
    "rouge",
    "ROUGE compares an automatically produced summary or translation against reference summaries.",
    "@inproceedings{lin-2004-rouge, title={{ROUGE}: A Package for Automatic Evaluation of Summaries}, year={2004}}",
  ),
  metric(
    "sacrebleu",
    "SacreBLEU computes shareable, comparable and reproducible BLEU scores.",
    "@inproceedings{post-2018-call, title={A Call for Clarity in Reporting {BLEU} Scores}, year={2018}}",
  ),
  metric("meteor", "METEOR scores machine translation by unigram matches, stems and synonyms against references."),
  metric("bertscore", "BERTScore matches candidate and reference tokens by the cosine similarity of their embeddings."),
  metric(
    "wer",
    "Word error rate is the share of words substituted, deleted or inserted against a reference transcript.",
  ),
  metric("cer", "Character error rate is the word error rate computed over characters."),
  metric("exact_match", "Exact match is the share of predictions identical to their reference."),
  metric("squad", "The official SQuAD v1 scores: exact match and F1 over the answers."),
  metric("glue", "The GLUE benchmark scores, one metric per GLUE task."),
  metric("perplexity", "Perplexity measures how well a causal language model predicts a text."),
  metric(
    "matthews_correlation",
    "The Matthews correlation coefficient measures the quality of binary classifications.",
  ),
  metric("mse", "Mean squared error is the average squared difference between predictions and references."),
  metric("seqeval", "seqeval scores sequence labelling such as named-entity recognition, per entity type."),
];
