/** The fixed tag catalogue of `GET /api/models-tags-by-type` and `GET /api/datasets-tags-by-type`. */

export interface TagEntry {
  id: string;
  label: string;
  type: string;
  /** Tasks carry their modality (nlp, cv, audio, ...). */
  subType?: string;
}

export type TagsByType = Record<string, TagEntry[]>;

type Labelled = [value: string, label: string];

/** Entries of one tag type; dataset tags and a few model ones are searched as `<prefix>:<value>`. */
function tags(type: string, labelled: Labelled[], prefix?: string): TagEntry[] {
  return labelled.map(([value, label]) => ({ id: prefix ? `${prefix}:${value}` : value, label, type }));
}

/** Same label as the value (licenses, sizes, dataset names). */
function plain(values: string[]): Labelled[] {
  return values.map((value) => [value, value]);
}

const TASKS: [task: string, label: string, modality: string][] = [
  ["text-classification", "Text Classification", "nlp"],
  ["token-classification", "Token Classification", "nlp"],
  ["question-answering", "Question Answering", "nlp"],
  ["zero-shot-classification", "Zero-Shot Classification", "nlp"],
  ["translation", "Translation", "nlp"],
  ["summarization", "Summarization", "nlp"],
  ["feature-extraction", "Feature Extraction", "nlp"],
  ["text-generation", "Text Generation", "nlp"],
  ["fill-mask", "Fill-Mask", "nlp"],
  ["sentence-similarity", "Sentence Similarity", "nlp"],
  ["text-to-speech", "Text-to-Speech", "audio"],
  ["automatic-speech-recognition", "Automatic Speech Recognition", "audio"],
  ["audio-classification", "Audio Classification", "audio"],
  ["image-classification", "Image Classification", "cv"],
  ["object-detection", "Object Detection", "cv"],
  ["image-segmentation", "Image Segmentation", "cv"],
  ["text-to-image", "Text-to-Image", "cv"],
  ["image-to-text", "Image-to-Text", "cv"],
  ["visual-question-answering", "Visual Question Answering", "multimodal"],
  ["tabular-classification", "Tabular Classification", "tabular"],
  ["reinforcement-learning", "Reinforcement Learning", "rl"],
];

function taskTags(type: string, prefix?: string): TagEntry[] {
  return TASKS.map(([task, label, modality]) => ({ ...tags(type, [[task, label]], prefix)[0], subType: modality }));
}

const LANGUAGES: Labelled[] = [
  ["en", "English"],
  ["fr", "French"],
  ["de", "German"],
  ["es", "Spanish"],
  ["it", "Italian"],
  ["pt", "Portuguese"],
  ["nl", "Dutch"],
  ["ru", "Russian"],
  ["zh", "Chinese"],
  ["ja", "Japanese"],
  ["ko", "Korean"],
  ["ar", "Arabic"],
  ["hi", "Hindi"],
  ["multilingual", "Multilingual"],
];

const LICENSES = plain([
  "apache-2.0",
  "mit",
  "openrail",
  "creativeml-openrail-m",
  "bigscience-openrail-m",
  "cc-by-4.0",
  "cc-by-sa-4.0",
  "cc-by-nc-4.0",
  "cc0-1.0",
  "gpl-3.0",
  "llama3",
  "gemma",
  "other",
]);

export const MODEL_TAGS_BY_TYPE: TagsByType = {
  library: tags("library", [
    ["pytorch", "PyTorch"],
    ["tensorflow", "TensorFlow"],
    ["jax", "JAX"],
    ["transformers", "Transformers"],
    ["safetensors", "Safetensors"],
    ["diffusers", "Diffusers"],
    ["sentence-transformers", "sentence-transformers"],
    ["peft", "PEFT"],
    ["timm", "timm"],
    ["keras", "Keras"],
    ["onnx", "ONNX"],
    ["gguf", "GGUF"],
    ["adapter-transformers", "Adapters"],
    ["spacy", "spaCy"],
    ["fastai", "fastai"],
    ["mlx", "MLX"],
  ]),
  language: tags("language", LANGUAGES),
  license: tags("license", LICENSES, "license"),
  dataset: tags(
    "dataset",
    plain(["wikipedia", "bookcorpus", "c4", "openwebtext", "squad", "glue", "common_voice", "imagenet-1k", "mnist"]),
    "dataset",
  ),
  pipeline_tag: taskTags("pipeline_tag"),
  region: tags(
    "region",
    [
      ["us", "🇺🇸 Region: US"],
      ["eu", "🇪🇺 Region: EU"],
    ],
    "region",
  ),
};

const SIZE_CATEGORIES = plain([
  "n<1K",
  "1K<n<10K",
  "10K<n<100K",
  "100K<n<1M",
  "1M<n<10M",
  "10M<n<100M",
  "100M<n<1B",
  "1B<n<10B",
  "10B<n<100B",
  "100B<n<1T",
  "n>1T",
]);

const CREATORS = plain(["crowdsourced", "expert-generated", "found", "machine-generated", "other"]);

export const DATASET_TAGS_BY_TYPE: TagsByType = {
  task_categories: taskTags("task_categories", "task_categories"),
  task_ids: tags(
    "task_ids",
    [
      ["sentiment-classification", "Sentiment Classification"],
      ["multi-class-classification", "Multi Class Classification"],
      ["multi-label-classification", "Multi Label Classification"],
      ["natural-language-inference", "Natural Language Inference"],
      ["topic-classification", "Topic Classification"],
      ["named-entity-recognition", "Named Entity Recognition"],
      ["part-of-speech", "Part of Speech"],
      ["extractive-qa", "Extractive QA"],
      ["open-domain-qa", "Open Domain QA"],
      ["language-modeling", "Language Modeling"],
      ["keyword-spotting", "Keyword Spotting"],
      ["speaker-identification", "Speaker Identification"],
    ],
    "task_ids",
  ),
  language: tags("language", LANGUAGES, "language"),
  multilinguality: tags(
    "multilinguality",
    [
      ["monolingual", "monolingual"],
      ["multilingual", "multilingual"],
      ["translation", "translation"],
    ],
    "multilinguality",
  ),
  size_categories: tags("size_categories", SIZE_CATEGORIES, "size_categories"),
  language_creators: tags("language_creators", CREATORS, "language_creators"),
  annotations_creators: tags(
    "annotations_creators",
    [...CREATORS, ["no-annotation", "no-annotation"]],
    "annotations_creators",
  ),
  benchmark: tags(
    "benchmark",
    [
      ["official", "Official"],
      ["raft", "RAFT"],
      ["gem", "GEM"],
      ["superb", "SUPERB"],
    ],
    "benchmark",
  ),
  license: tags("license", LICENSES, "license"),
};
