// Online explainability with SageMaker Clarify (SHAP feature attributions).

$version: "2.0"

namespace com.amazonaws.sagemaker

/// Explainers attached to the endpoint.
structure ExplainerConfig {
    /// Turns on the Clarify explainer and configures it.
    ClarifyExplainerConfig: ClarifyExplainerConfig
}

/// How Clarify computes feature attributions for live requests.
structure ClarifyExplainerConfig {
    /// JMESPath condition, evaluated per record, that decides whether to explain it; every record
    /// is explained when left out.
    EnableExplanations: ClarifyEnableExplanations

    /// How Clarify talks to the model container.
    InferenceConfig: ClarifyInferenceConfig

    /// Parameters of the SHAP analysis.
    @required
    @clientOptional
    ShapConfig: ClarifyShapConfig
}

/// A JMESPath expression that yields a boolean.
@length(min: 1, max: 64)
@pattern(".*")
string ClarifyEnableExplanations

/// The container's request and response formats, so that Clarify can call it and read its answers.
structure ClarifyInferenceConfig {
    /// JMESPath to the features inside a JSON Lines request.
    FeaturesAttribute: ClarifyFeaturesAttribute

    /// Template that wraps a feature list into a JSON Lines request record.
    ContentTemplate: ClarifyContentTemplate

    /// Most records per request when Clarify sends synthetic data; tuned at run time when left out.
    MaxRecordCount: ClarifyMaxRecordCount

    /// Largest request Clarify may send to the container, in MB.
    MaxPayloadInMB: ClarifyMaxPayloadInMB

    /// Column of CSV output that holds the score or probabilities.
    ProbabilityIndex: ClarifyProbabilityIndex

    /// Column of CSV output that holds the label headers.
    LabelIndex: ClarifyLabelIndex

    /// JMESPath to the score in JSON Lines output.
    ProbabilityAttribute: ClarifyProbabilityAttribute

    /// JMESPath to the label headers in JSON Lines output.
    LabelAttribute: ClarifyLabelAttribute

    /// Class names, used to label the explanations in the response.
    LabelHeaders: ClarifyLabelHeaders

    /// Feature names, echoed in the response to make it readable.
    FeatureHeaders: ClarifyFeatureHeaders

    /// Kind of each feature; needed to explain text (NLP) models.
    FeatureTypes: ClarifyFeatureTypes
}

/// A JMESPath expression, 1 to 64 characters.
@length(min: 1, max: 64)
@pattern(".*")
string ClarifyFeaturesAttribute

/// A request template, 1 to 64 characters.
@length(min: 1, max: 64)
@pattern(".*")
string ClarifyContentTemplate

/// A positive number of records.
@range(min: 1)
integer ClarifyMaxRecordCount

/// A payload limit in MB, from 1 to 25.
@range(min: 1, max: 25)
integer ClarifyMaxPayloadInMB

/// A zero-based column number.
@range(min: 0)
integer ClarifyProbabilityIndex

/// A zero-based column number.
@range(min: 0)
integer ClarifyLabelIndex

/// A JMESPath expression, 1 to 64 characters.
@length(min: 1, max: 64)
@pattern(".*")
string ClarifyProbabilityAttribute

/// A JMESPath expression, 1 to 64 characters.
@length(min: 1, max: 64)
@pattern(".*")
string ClarifyLabelAttribute

/// Between one and 16 label headers.
@length(min: 1, max: 16)
list ClarifyLabelHeaders {
    /// One label header.
    member: ClarifyHeader
}

/// A header name, 1 to 64 characters.
@length(min: 1, max: 64)
@pattern(".*")
string ClarifyHeader

/// Between one and 256 feature names.
@length(min: 1, max: 256)
list ClarifyFeatureHeaders {
    /// One feature name.
    member: ClarifyHeader
}

/// Between one and 256 feature kinds.
@length(min: 1, max: 256)
list ClarifyFeatureTypes {
    /// The kind of one feature.
    member: ClarifyFeatureType
}

/// How Clarify treats the values of a feature.
enum ClarifyFeatureType {
    /// Numbers.
    NUMERICAL = "numerical"
    /// Values from a fixed set of categories.
    CATEGORICAL = "categorical"
    /// Free text, split into units for explanation.
    TEXT = "text"
}

/// Kernel SHAP settings.
structure ClarifyShapConfig {
    /// The reference data SHAP compares each record with.
    @required
    @clientOptional
    ShapBaselineConfig: ClarifyShapBaselineConfig

    /// How many synthetic records SHAP generates: more give steadier values but slower
    /// explanations.
    NumberOfSamples: ClarifyShapNumberOfSamples

    /// Whether to pass predictions through the logit function before attributing them; off when
    /// left out.
    UseLogit: ClarifyShapUseLogit

    /// Random seed; set it to get the same SHAP values on every run.
    Seed: ClarifyShapSeed

    /// Text handling, needed only to explain NLP models.
    TextConfig: ClarifyTextConfig
}

/// The SHAP baseline, given inline or as an S3 file.
structure ClarifyShapBaselineConfig {
    /// MIME type of the baseline; CSV when left out.
    MimeType: ClarifyMimeType

    /// Baseline records written inline, up to 4 KB.
    ShapBaseline: ClarifyShapBaseline

    /// S3 location of a baseline file, for baselines too big to inline.
    ShapBaselineUri: Url
}

/// A MIME type (`type/subtype`) of at most 255 characters.
@length(min: 0, max: 255)
@pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*\\/[a-zA-Z0-9](-*[a-zA-Z0-9+.])*$")
string ClarifyMimeType

/// Inline baseline text, 1 to 4096 characters.
@length(min: 1, max: 4096)
@pattern("^[\\s\\S]+$")
string ClarifyShapBaseline

/// A positive number of samples.
@range(min: 1)
integer ClarifyShapNumberOfSamples

/// Whether the logit function is applied.
boolean ClarifyShapUseLogit

/// A seed for the random number generator.
integer ClarifyShapSeed

/// How text features are cut into units, and their language.
structure ClarifyTextConfig {
    /// Which language the text is written in.
    @required
    @clientOptional
    Language: ClarifyTextLanguage

    /// The unit of text that counts as one feature.
    @required
    @clientOptional
    Granularity: ClarifyTextGranularity
}

/// Languages Clarify can split into units, as ISO 639 codes.
enum ClarifyTextLanguage {
    /// Afrikaans.
    AFRIKAANS = "af"
    /// Albanian.
    ALBANIAN = "sq"
    /// Arabic.
    ARABIC = "ar"
    /// Armenian.
    ARMENIAN = "hy"
    /// Basque.
    BASQUE = "eu"
    /// Bengali.
    BENGALI = "bn"
    /// Bulgarian.
    BULGARIAN = "bg"
    /// Catalan.
    CATALAN = "ca"
    /// Chinese.
    CHINESE = "zh"
    /// Croatian.
    CROATIAN = "hr"
    /// Czech.
    CZECH = "cs"
    /// Danish.
    DANISH = "da"
    /// Dutch.
    DUTCH = "nl"
    /// English.
    ENGLISH = "en"
    /// Estonian.
    ESTONIAN = "et"
    /// Finnish.
    FINNISH = "fi"
    /// French.
    FRENCH = "fr"
    /// German.
    GERMAN = "de"
    /// Greek.
    GREEK = "el"
    /// Gujarati.
    GUJARATI = "gu"
    /// Hebrew.
    HEBREW = "he"
    /// Hindi.
    HINDI = "hi"
    /// Hungarian.
    HUNGARIAN = "hu"
    /// Icelandic.
    ICELANDIC = "is"
    /// Indonesian.
    INDONESIAN = "id"
    /// Irish.
    IRISH = "ga"
    /// Italian.
    ITALIAN = "it"
    /// Kannada.
    KANNADA = "kn"
    /// Kyrgyz.
    KYRGYZ = "ky"
    /// Latvian.
    LATVIAN = "lv"
    /// Lithuanian.
    LITHUANIAN = "lt"
    /// Luxembourgish.
    LUXEMBOURGISH = "lb"
    /// Macedonian.
    MACEDONIAN = "mk"
    /// Malayalam.
    MALAYALAM = "ml"
    /// Marathi.
    MARATHI = "mr"
    /// Nepali.
    NEPALI = "ne"
    /// Norwegian Bokmål.
    NORWEGIAN_BOKMAL = "nb"
    /// Persian.
    PERSIAN = "fa"
    /// Polish.
    POLISH = "pl"
    /// Portuguese.
    PORTUGUESE = "pt"
    /// Romanian.
    ROMANIAN = "ro"
    /// Russian.
    RUSSIAN = "ru"
    /// Sanskrit.
    SANSKRIT = "sa"
    /// Serbian.
    SERBIAN = "sr"
    /// Setswana.
    SETSWANA = "tn"
    /// Sinhala.
    SINHALA = "si"
    /// Slovak.
    SLOVAK = "sk"
    /// Slovenian.
    SLOVENIAN = "sl"
    /// Spanish.
    SPANISH = "es"
    /// Swedish.
    SWEDISH = "sv"
    /// Tagalog.
    TAGALOG = "tl"
    /// Tamil.
    TAMIL = "ta"
    /// Tatar.
    TATAR = "tt"
    /// Telugu.
    TELUGU = "te"
    /// Turkish.
    TURKISH = "tr"
    /// Ukrainian.
    UKRAINIAN = "uk"
    /// Urdu.
    URDU = "ur"
    /// Yoruba.
    YORUBA = "yo"
    /// Ligurian.
    LIGURIAN = "lij"
    /// A mix of several languages.
    MULTI_LANGUAGE = "xx"
}

/// Units a text can be cut into.
enum ClarifyTextGranularity {
    /// Each token, roughly a word.
    TOKEN = "token"
    /// Each sentence.
    SENTENCE = "sentence"
    /// Each paragraph.
    PARAGRAPH = "paragraph"
}
