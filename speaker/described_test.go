package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/speaker"
)

// A character met as "the young lady" and named only later, by a speech
// tag, is one person; a description next to a newcomer, a conversation
// partner, a description of another age or a calling stays apart.
func TestDescribedSpeakerNamedLater(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "named by a later speech tag",
			text: `Harold Quill sat by the window of the inn, reading.

The door opened and a young lady came in, shaking the rain from her cloak.

"Is this the coach office?" said the young lady.

"It is not," said Harold. "The office is across the square."

"Then I am lost again," the young lady replied.

"Where are you going?" Harold asked.

"To the coast," said the girl.

"Shall I walk you across?" said Harold.

"You may," said Miss Barlow.`,
			want: []attributed{
				{"Is this the coach office?", "Miss Barlow", "described-name"},
				{"It is not,", "Harold Quill", "cue-adjacent"},
				{"The office is across the square.", "Harold Quill", "split-quote"},
				{"Then I am lost again,", "Miss Barlow", "described-name"},
				{"Where are you going?", "Harold Quill", "cue-adjacent"},
				{"To the coast,", "Miss Barlow", "described-name"},
				{"Shall I walk you across?", "Harold Quill", "cue-adjacent"},
				{"You may,", "Miss Barlow", "cue-adjacent"},
			},
			reason: `the only woman of the scene, first named by a speech tag, is the young lady and the girl who spoke before`,
		},
		{
			name: "a newcomer brought in by the narration",
			text: `Harold Quill sat by the window of the inn, reading.

The door opened and a young woman came in, shaking the rain from her cloak.

"Is this the coach office?" said the young woman.

"It is not," said Harold. "The office is across the square."

Then the landlord's wife, Mrs. Penrose, came bustling out of the kitchen.

"You will want a fire, miss," said Mrs. Penrose.

"Nonsense," said Harold.`,
			want: []attributed{
				{"Is this the coach office?", "the young woman", "cue-adjacent"},
				{"It is not,", "Harold Quill", "cue-adjacent"},
				{"The office is across the square.", "Harold Quill", "split-quote"},
				{"You will want a fire, miss,", "Mrs. Penrose", "cue-adjacent"},
				{"Nonsense,", "Harold Quill", "cue-adjacent"},
			},
			reason: `a woman the narration brings in by name is someone new, not the young woman who spoke before`,
		},
		{
			name: "two women answering each other",
			text: `Harold Quill sat by the window of the inn, reading.

The door opened and a young woman came in, shaking the rain from her cloak.

"Is this the coach office?" said the young woman.

"You will want a fire, miss," said Mrs. Penrose.

"I shall not stay," said the young woman.`,
			want: []attributed{
				{"Is this the coach office?", "the young woman", "cue-adjacent"},
				{"You will want a fire, miss,", "Mrs. Penrose", "cue-adjacent"},
				{"I shall not stay,", "the young woman", "cue-adjacent"},
			},
			reason: `a description and a name that answer each other are two people`,
		},
		{
			name: "descriptions of two ages",
			text: `Harold Quill sat by the window of the inn, reading.

A young woman and an old lady came in out of the rain.

"Is this the coach office?" said the young woman.

"It is not," said Harold.

Harold went back to his book.

"I told you so," said the old lady.

Harold shrugged and turned a page.

"Then we walk on," said Miss Barlow.`,
			want: []attributed{
				{"Is this the coach office?", "the young woman", "cue-adjacent"},
				{"It is not,", "Harold Quill", "cue-adjacent"},
				{"I told you so,", "the old lady", "cue-adjacent"},
				{"Then we walk on,", "Miss Barlow", "cue-adjacent"},
			},
			reason: `a young and an old woman are two people: which of them the name is, the text does not say`,
		},
		{
			name: "a first-person narrator and a newcomer",
			text: `I was met at the station by a driver who said nothing. We drove for an hour and stopped at a low house.

"The lady to see the master," said the man, and left me.

Behind a desk a man sat writing. He looked up.

"Good evening," said a man at the desk.

"Good evening," I answered. "Whom have I the honour of addressing?"

"You may call me what you like," said Hubert Crane.`,
			want: []attributed{
				{"The lady to see the master,", "the man", "cue-adjacent"},
				{"Good evening,", "Hubert Crane", "described-name"},
				{"Good evening,", "Narrator", "cue-adjacent"},
				{"Whom have I the honour of addressing?", "Narrator", "split-quote"},
				{"You may call me what you like,", "Hubert Crane", "cue-adjacent"},
			},
			reason: `the man at the desk, brought in as "a man", is the one named next; the driver who spoke before him is someone else, and the narrator is no candidate`,
		},
		{
			name: "a calling stays a character of its own",
			text: `Harold Quill sat by the window of the inn, reading.

"Your supper, sir," said the landlady.

"Thank you," said Harold.

"You may go," said Miss Barlow.`,
			want: []attributed{
				{"Your supper, sir,", "the landlady", "cue-adjacent"},
				{"Thank you,", "Harold Quill", "cue-adjacent"},
				{"You may go,", "Miss Barlow", "cue-adjacent"},
			},
			reason: `"the landlady" names a calling, which may be a character the text never names`,
		},
	})
}

// A described speaker who answers a call by name is the one called, unless
// the line itself speaks of that name.
func TestDescribedSpeakerAnswersCall(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "answers the name called",
			text: `Mrs. Alder came to the gate with a basket of apples. A small boy was swinging on it.

"Would you like an apple, Thomas?" said Mrs. Alder.

The boy thought about it. "Two apples," said he.

"Greedy," said Mrs. Alder.

"Please," he begged.`,
			want: []attributed{
				{"Would you like an apple, Thomas?", "Mrs. Alder", "cue-adjacent"},
				{"Two apples,", "Thomas", "described-name"},
				{"Greedy,", "Mrs. Alder", "cue-adjacent"},
				{"Please,", "Thomas", "described-name"},
			},
			reason: `the boy answers the question put to Thomas: he is Thomas`,
		},
		{
			name: "answers a name the text uses nowhere else",
			text: `Dr. Pellow went into the back room. In the bed by the window lay a little girl of nine, wide awake, her cheeks scarlet.

"Feeling poorly, Ysolde?" he asked, taking out his watch.

She looked at him gravely. "I heard you come in," she said. "Is the new calf born?"

"Born and standing," said Dr. Pellow.`,
			want: []attributed{
				{"Feeling poorly, Ysolde?", "Pellow", "cue-adjacent"},
				{"I heard you come in,", "Ysolde", "described-name"},
				{"Is the new calf born?", "Ysolde", "described-name"},
				{"Born and standing,", "Pellow", "cue-adjacent"},
			},
			reason: `a capitalised word called after other words and never written in lower case is a name, and the girl who answers bears it`,
		},
		{
			name: "a common word called as a pet name",
			text: `Dr. Pellow went into the back room. A sparrow was hopping on the sill, and in the bed by the window lay a little girl of nine, wide awake.

"Feeling poorly, Sparrow?" he asked, taking out his watch.

She looked at him gravely. "I heard you come in," she said. "Is the new calf born?"

"Born and standing," said Dr. Pellow.`,
			want: []attributed{
				{"Feeling poorly, Sparrow?", "Pellow", "cue-adjacent"},
				{"I heard you come in,", "a little girl", "cue-adjacent"},
				{"Is the new calf born?", "a little girl", "split-quote"},
				{"Born and standing,", "Pellow", "cue-adjacent"},
			},
			reason: `a word the text also writes in lower case is no name to give a speaker`,
		},
		{
			name: "speaks of the name called",
			text: `Mrs. Alder came to the gate with a basket of apples. A small boy was swinging on it.

"Is your brother at home, Thomas?" said Mrs. Alder.

The boy shook his head. "Thomas is my brother," said he.

"Then where is he?" said Mrs. Alder.

"Out," he said.`,
			want: []attributed{
				{"Is your brother at home, Thomas?", "Mrs. Alder", "cue-adjacent"},
				{"Thomas is my brother,", "the boy", "cue-adjacent"},
				{"Then where is he?", "Mrs. Alder", "cue-adjacent"},
				{"Out,", "the boy", "cue-adjacent"},
			},
			reason: `a boy who speaks of Thomas is not Thomas`,
		},
	})
}

// A described speaker whom the reply addresses by a name the text has not
// used before is the one addressed, unless she herself calls that name.
func TestDescribedSpeakerAddressedInReply(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the reply names her",
			text: `We were at breakfast in the long room.

"Are you never going to marry, Felix?" said my cousin's wife.

"My dear Agnes," I answered, "I am far too comfortable."

Agnes sighed and poured the tea.`,
			want: []attributed{
				{"Are you never going to marry, Felix?", "Agnes", "described-name"},
				{"My dear Agnes,", "Narrator", "cue-adjacent"},
				{"I am far too comfortable.", "Narrator", "cue-adjacent"},
			},
			reason: `the narrator answers "my cousin's wife" as Agnes: she is Agnes`,
		},
		{
			name: "both call the name",
			text: `We were at breakfast in the long room when the door opened.

"Good morning, Agnes," said my cousin's wife.

"Good morning, Agnes," I said in my turn.

Agnes smiled at us both and sat down.`,
			want: []attributed{
				{"Good morning, Agnes,", "my cousin's wife", "cue-adjacent"},
				{"Good morning, Agnes,", "Narrator", "cue-adjacent"},
			},
			reason: `a description that greets Agnes herself is someone else`,
		},
	})
}

// A description of kin shown in one scene to be a named person stays that
// person in the scenes after.
func TestDescribedKinKeepsName(t *testing.T) {
	text := `We were at breakfast in the long room.

"Are you never going to marry, Felix?" said my cousin's wife.

"My dear Agnes," I answered, "I am far too comfortable."

Agnes sighed and poured the tea.

The rest of the morning passed quietly.

I walked down to the river after lunch.

The water was high after the rains.

A heron stood in the shallows.

I watched it for an hour.

Then the bell rang for tea.

I walked back slowly.

The house was quiet when I came in.

"You are late, as usual," said my cousin's wife.`
	want := []attributed{
		{"Are you never going to marry, Felix?", "Agnes", "described-name"},
		{"My dear Agnes,", "Narrator", "cue-adjacent"},
		{"I am far too comfortable.", "Narrator", "cue-adjacent"},
		{"You are late, as usual,", "Agnes", "described-name"},
	}
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, text)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("my cousin's wife, once known as Agnes, is Agnes at tea too (-want +got):\n%s", diff)
	}
}
