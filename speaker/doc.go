// Package speaker attributes quotations to the people, organisations and
// groups who speak them, with deterministic rule-based matchers.
//
// An [Attributor] takes a text, its paragraphs and sentences (package
// segment) and its quotations (package [quote]) and returns one
// [Attribution] per quotation and the [Entity] list of speakers.
//
// # Pipeline
//
// The attributor reads the narration only (the words inside quotation
// marks are never taken for speakers) and finds, once:
//
//   - mentions: proper names with their titles and roles ("Secretary of
//     State John F. Kerry", "Mrs. Whitby", "state attorney Dave Aronberg"),
//     organisations ("the State Department", "Kerry's office"), groups
//     ("officials"), descriptions ("the secretary", "the young girl",
//     "his wife") and subject pronouns;
//   - cues: speech verbs in every inflection from an embedded lexicon
//     ("said", "tells", "went on"), and "according to".
//
// Mentions cluster into entities: aliases by their name words (Kerry =
// John F. Kerry), titles by the roles seen with a name (the secretary),
// families kept apart in fiction (Mr. Whitby, Mrs. Whitby, Clara
// Whitby), and the caller's known characters ([Options].Characters) first.
//
// # Rules
//
// Matchers then run as sieves in order of precision, each filling only the
// quotations still open and recording its [Rule]:
//
//   - cue-adjacent: "Q," X said / "Q," said X / X said: "Q" / "Q?" X asked;
//   - according-to, colon (X: "Q"), dash ("Q" — X);
//   - cue-sentence: the subject of a speech verb elsewhere in the
//     sentence (X said that … "Q");
//   - split-quote: the rest of a quotation split by its cue;
//   - paragraph-speaker and action-beat: the only person the paragraph's
//     narration names;
//   - continuation (news): a paragraph that is only a quotation continues
//     the speaker before;
//   - conversation (fiction): turn-taking between the participants of a
//     dialogue, steered by vocatives ("Come, Tom!"), by who acts
//     between the lines, and by pronoun and description cues ("he said",
//     "said the young man", "cried his wife") resolved against the
//     speaker the conversation expects.
//
// On fiction, steps that revise what the matchers found follow them in
// the same chain, in this order; each is a [Rule] of its own that
// [Options].Disabled turns off, and a line whose speaker a step sets
// reports that step's rule (narrator-name excepted: it only names the
// narrator, whose lines keep the rules that found them):
//
//   - reply-call: a line tagged "he said" or "said the maid" goes to the
//     person the reply opening the next paragraph calls by name;
//   - teller: the paragraphs of a story told over many paragraphs go on
//     with its teller;
//   - addressed-back: a turn-taking or action-beat guess gives way to the
//     person the next paragraph's reply calls by name;
//   - open-reply-call: a paragraph no rule attributed goes to the person
//     the reply calls by name;
//   - described-name: the lines of "the young lady" go to the name the
//     text learns for her during the same appearance;
//   - voice: the lines of "a voice" or "somebody" go to the person the
//     exchange reveals;
//   - narrator-name: the first-person narrator takes the name the others
//     call them by.
//
// A first-person narrator ("I said") is an entity named "Narrator", or
// the name the other characters call them by.
//
// # Confidence
//
// Every attribution carries a confidence in [0, 1]: 0.95 for a name next
// to a speech verb, 0.85 for a pronoun or description there, about 0.8
// for a speech verb elsewhere in the sentence, 0.7 for news continuation,
// 0.5 to 0.6 for turn-taking and action beats. The fiction steps grade
// their own lines: 0.75 for reply-call, 0.6 for addressed-back, 0.56 for
// teller, 0.3 for open-reply-call and voice; described-name scales the
// confidence of the cue that found the description by 0.9. Callers trade
// recall for precision by a threshold.
//
// # Genre
//
// News and fiction follow different conventions for speech without a cue.
// [Options].Genre chooses; by default each text is judged from its
// narration (inverted cues and verbs of manner for fiction; "says",
// figures, days and officials for news).
//
// # Accuracy and limitations
//
// A quotation without any plausible speaker stays unattributed rather
// than guessed. Characters that are only described ("a small boy") keep
// their description until the text names them in a way the rules can
// link; nicknames ("Harry" for Henry) link only through known characters.
package speaker
