package speaker_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/quoteattr/quoteattr/internal/segment"
	"github.com/quoteattr/quoteattr/quote"
	"github.com/quoteattr/quoteattr/speaker"
)

// A short piece of fiction written for these tests: two people talk, with
// inverted cues, pronoun cues, cue-less turns and a vocative.
const ferryScene = `Clara Whitby came down to the river at dusk. The ferryman, Thomas Reed, was mending a net.

"Will you take me across?" asked Clara.

"Not tonight, miss," said he. "The current is too strong."

"Please, Thomas. My mother is ill."

He looked at the sky for a long time.

"Very well. Sit in the middle and keep still."

"Thank you," she said.`

func TestFiction(t *testing.T) {
	want := []attributed{
		{"Will you take me across?", "Clara Whitby", "cue-adjacent"},
		{"Not tonight, miss,", "Thomas Reed", "cue-adjacent"},
		{"The current is too strong.", "Thomas Reed", "split-quote"},
		{"Please, Thomas. My mother is ill.", "Clara Whitby", "conversation"},
		{"Very well. Sit in the middle and keep still.", "Thomas Reed", "conversation"},
		{"Thank you,", "Clara Whitby", "cue-adjacent"},
	}
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, ferryScene)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("turn-taking, inverted and pronoun cues (-want +got):\n%s", diff)
	}
}

func TestFictionAddressee(t *testing.T) {
	a, err := speaker.New(speaker.Options{Genre: speaker.GenreFiction})
	if err != nil {
		t.Fatal(err)
	}
	text := ferryScene
	paras := segment.Paragraphs(text)
	qs := quote.Find(text)
	res := a.Attribute(text, paras, segment.Sentences(text, paras), qs)
	for i, q := range qs {
		if q.Content.Text(text) != "Please, Thomas. My mother is ill." {
			continue
		}
		at := res.Attributions[i]
		if at.Addressee < 0 || res.Entities[at.Addressee].Name != "Thomas Reed" {
			t.Errorf("addressee of %q = %d, want Thomas Reed (named by the vocative)", q.Content.Text(text), at.Addressee)
		}
		return
	}
	t.Fatal("quotation not found")
}

func TestFamilyApart(t *testing.T) {
	text := `Mr. Harlow and Mrs. Harlow sat by the fire with their daughter, Jane Harlow.

"The roads are flooded," said Mr. Harlow.

"Then we stay at home," said Mrs. Harlow.

"I hate staying at home," said Jane.`
	want := []attributed{
		{"The roads are flooded,", "Mr. Harlow", "cue-adjacent"},
		{"Then we stay at home,", "Mrs. Harlow", "cue-adjacent"},
		{"I hate staying at home,", "Jane Harlow", "cue-adjacent"},
	}
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, text)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Mr., Mrs. and a daughter of one family stay three people (-want +got):\n%s", diff)
	}
}

func TestNarrator(t *testing.T) {
	text := `I found Marlowe in the study, bent over a map.

"Where have you been?" he asked.

"At the docks," I said. "The ship sails at dawn."

"Then we have no time to lose, Hartley," said Marlowe.

"None at all," I answered.

"Come, Hartley, bring the lamp."`
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, text)
	names := map[string]string{}
	for _, a := range got {
		names[a.Quote] = a.Speaker
	}
	if names["At the docks,"] != "Hartley" || names["None at all,"] != "Hartley" {
		t.Errorf("the first-person narrator takes the name the others call them by; got %q and %q, want Hartley",
			names["At the docks,"], names["None at all,"])
	}
	if names["Where have you been?"] != "Marlowe" {
		t.Errorf(`"he asked" = %q, want Marlowe`, names["Where have you been?"])
	}
}

func TestKnownCharacters(t *testing.T) {
	text := `Lizzy walked to the window.

"It is raining again," said Lizzy.`
	opts := speaker.Options{Genre: speaker.GenreFiction, Characters: []speaker.Character{
		{Name: "Elizabeth Harlow", Aliases: []string{"Lizzy", "Miss Elizabeth"}, Gender: speaker.Female},
	}}
	want := []attributed{{"It is raining again,", "Elizabeth Harlow", "cue-adjacent"}}
	if diff := cmp.Diff(want, attribute(t, opts, text)); diff != "" {
		t.Errorf("an alias from the caller's character list names the character (-want +got):\n%s", diff)
	}
	if _, err := speaker.New(speaker.Options{Characters: []speaker.Character{{Name: "  "}}}); err == nil {
		t.Error("a character without a name must be rejected")
	}
}

func TestNarratedFragment(t *testing.T) {
	text := `Mr. Harlow kept his spectacles for "show," not for reading, and everyone knew it.

"Where are they now?" asked Jane.

"In my pocket," said Mr. Harlow, "and there they stay."`
	a, err := speaker.New(speaker.Options{Genre: speaker.GenreFiction})
	if err != nil {
		t.Fatal(err)
	}
	paras := segment.Paragraphs(text)
	qs := quote.Find(text)
	res := a.Attribute(text, paras, segment.Sentences(text, paras), qs)
	got := map[string]string{}
	for i, q := range qs {
		got[q.Content.Text(text)] = res.Kinds[i].String()
	}
	want := map[string]string{
		"show,":                "term",
		"Where are they now?":  "direct",
		"In my pocket,":        "direct",
		"and there they stay.": "direct", // the second half of the split line is speech like the first
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a fragment the narration puts in quotation marks with no speech verb is a term in fiction (-want +got):\n%s", diff)
	}
}

func TestFictionPronouns(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "narrator answers after a scene change",
			text: `"The ship sails at dawn," said Captain Orme.

"Then I shall be on it," I said.

"Good," said Captain Orme.

I went home and slept badly. In the morning the fog was thick on the river.

It was a long day. I tried to read, but my thoughts would wander.

At noon there was a knock at the door, and Mr. Corwin Blake was shown up to me.

"Good-day, sir," said Mr. Blake.

"The captain has gone to the docks."

"Then I shall wait," said Mr. Blake.

"As you please."`,
			want: []attributed{
				{"The ship sails at dawn,", "Orme", "cue-adjacent"},
				{"Then I shall be on it,", "Narrator", "cue-adjacent"},
				{"Good,", "Orme", "cue-adjacent"},
				{"Good-day, sir,", "Mr. Blake", "cue-adjacent"},
				{"The captain has gone to the docks.", "Narrator", "conversation"},
				{"Then I shall wait,", "Mr. Blake", "cue-adjacent"},
				{"As you please.", "Narrator", "conversation"},
			},
			reason: `after paragraphs of narration the visitor is "shown up to me": the narrator answers, not the captain of the earlier scene`,
		},
		{
			name: "colon after a participial phrase",
			text: `Mr. Ashdown came home late from the mill. He spoke little at supper.

Seeing his eldest daughter fold the letters, he put down his cup and said:

"Those will not reach the post tonight, Ruth."`,
			want:   []attributed{{"Those will not reach the post tonight, Ruth.", "Mr. Ashdown", "colon"}},
			reason: `the colon's clause has "he" as subject; the daughter is only in the opening participial phrase`,
		},
		{
			name: "mother of a daughter described by her father",
			text: `Mr. Ashdown came home late from the mill. He spoke little at supper.

Seeing his eldest daughter fold the letters, he put down his cup and said:

"Those will not reach the post tonight, Ruth."

"The boy can run them down," said her mother quickly, "if he leaves now."

"He has gone to bed, mother," said Ruth, "and the lamp is out."

"Then they wait until morning," said her father.`,
			want: []attributed{
				{"Those will not reach the post tonight, Ruth.", "Mr. Ashdown", "colon"},
				{"The boy can run them down,", "Mrs. Ashdown", "cue-adjacent"},
				{"if he leaves now.", "Mrs. Ashdown", "cue-adjacent"},
				{"He has gone to bed, mother,", "Ruth", "cue-adjacent"},
				{"and the lamp is out.", "Ruth", "cue-adjacent"},
				{"Then they wait until morning,", "Mr. Ashdown", "cue-adjacent"},
			},
			reason: `"her" is the daughter known only as "his eldest daughter", Mr. Ashdown's child: her mother is Mrs. Ashdown and her father is he, not the daughter addressed just before`,
		},
		{
			name: "salience",
			text: `Walter Grey sat by the fire. A tall stranger came in from the rain. The stranger shook the water from his coat. He looked round the room for a long time.

"Is there a bed for the night?" he asked.`,
			want:   []attributed{{"Is there a bed for the night?", "the stranger", "cue-adjacent"}},
			reason: `"he" is the man the narration keeps returning to, not the last one it named`,
		},
		{
			name: "one of a pair",
			text: `Walter Grey had told his story for an hour. He was tired now. Holt and Penrose listened without a word. He drank, and wiped his mouth.

"That is all," he said.`,
			want:   []attributed{{"That is all,", "Walter Grey", "cue-adjacent"}},
			reason: `one of a pair named together ("Holt and Penrose listened") is not "he"`,
		},
		{
			name: "not the narrator",
			text: `I sat with Colonel Dane in the library.

"You look tired," he said.

"I am," I said.

I went to the window and looked out.

"Then go to bed," he said.`,
			want: []attributed{
				{"You look tired,", "Colonel Dane", "cue-adjacent"},
				{"I am,", "Narrator", "cue-adjacent"},
				{"Then go to bed,", "Colonel Dane", "cue-adjacent"},
			},
			reason: `"he" never stands for the one who says "I", even when the narrator is expected to speak next`,
		},
		{
			name: "stop word as a name",
			text: `The grey cat came in from the rain.

"I want my dinner," said Hush.

"Wait," said Martha Cobb.`,
			want: []attributed{
				{"I want my dinner,", "Hush", "cue-adjacent"},
				{"Wait,", "Martha Cobb", "cue-adjacent"},
			},
			reason: `an exclamation never stands after "said" at the end of a cue: there it is a name`,
		},
		{
			name: "short name joins the character named most",
			text: `Tom Harker stayed at home. Tom Harker mended the nets, and Tom Harker sold the fish. His brother Tom Bowling had gone to sea.

"It is a poor living," said Tom.`,
			want:   []attributed{{"It is a poor living,", "Tom Harker", "cue-adjacent"}},
			reason: `a short name that fits several people joins the one the text names most often`,
		},
		{
			name: "and-clause cue leads into the next quotation",
			text: `Anna Bell and Robert Gale walked home along the river, and Anna said, "It is late, Robert," and Robert said, "Not so very late."`,
			want: []attributed{
				{"It is late, Robert,", "Anna Bell", "cue-adjacent"},
				{"Not so very late.", "Robert Gale", "cue-adjacent"},
			},
			reason: `in X said, "A," and Y said, "B", the cue after A introduces B`,
		},
		{
			name: "the one the paragraph shows acting",
			text: `Colonel Dane sat down by the fire.

"Have you the letter?" asked Peter Ware.

"I have," said Colonel Dane, "and you shall read it."

He rose and went to the window. "This changes everything," he said.`,
			want: []attributed{
				{"Have you the letter?", "Peter Ware", "cue-adjacent"},
				{"I have,", "Colonel Dane", "cue-adjacent"},
				{"and you shall read it.", "Colonel Dane", "cue-adjacent"},
				{"This changes everything,", "Colonel Dane", "cue-adjacent"},
			},
			reason: `"he said" after "He rose" in the same paragraph is the man the paragraph shows acting, whoever the turn-taking expects`,
		},
		{
			name: "a predicate introduces nobody",
			text: `Tom Harker came up from the harbour at noon. The sea had made him a silent man. He had little to say to anyone.

"Is there any bread?" he asked.`,
			want:   []attributed{{"Is there any bread?", "Tom Harker", "cue-adjacent"}},
			reason: `"a silent man" says what Tom Harker is; it is not another man "he" could be`,
		},
		{
			name: "the subject before a later name",
			text: `Tom Harker knew that Walter Grey had taken the boat, so he went down to the shore.

"It is gone," he said.`,
			want:   []attributed{{"It is gone,", "Tom Harker", "cue-adjacent"}},
			reason: `"he" of a sentence is its subject rather than a name inside a clause of it`,
		},
		{
			name: "the last one the narration shows acting",
			text: `Martha Cobb lay in the big bed, and Walter Grey stood by the door. Nobody spoke. At last Walter Grey gave the baby to the nurse.

"Keep her warm tonight."`,
			want:   []attributed{{"Keep her warm tonight.", "Walter Grey", "action-beat"}},
			reason: `a line of speech that opens a paragraph after narration is the subject of the narration's last sentence`,
		},
		{
			name: "the one expected is addressed",
			text: `"Is the boat ready?" asked Tom Harker.

"It is," said Walter Grey.

"Then we sail at dawn."

"Walter, are you sure of the weather?"`,
			want: []attributed{
				{"Is the boat ready?", "Tom Harker", "cue-adjacent"},
				{"It is,", "Walter Grey", "cue-adjacent"},
				{"Then we sail at dawn.", "Tom Harker", "conversation"},
				{"Walter, are you sure of the weather?", "Tom Harker", "conversation"},
			},
			reason: `when the turn-taking expects the very person the line addresses, the other participant goes on speaking`,
		},
		{
			name: "a pronoun through a description to a name",
			text: `Mary Lane came into the shop at noon. The young lady was tired. The young lady sat down by the counter for a while, and then the young lady looked up.

"Have you any blue thread?" she asked.`,
			want:   []attributed{{"Have you any blue thread?", "Mary Lane", "cue-adjacent"}},
			reason: `"she" is the young lady the narration follows, and the young lady is Mary Lane`,
		},
		{
			name: "a name read as an organisation speaks",
			text: `The Badger lived under the hill, and the Badger kept a lamp lit all night.

"Who is there?" said Badger. "Come in out of the snow."

"It is only me," said Martha Cobb.

"Sit by the fire," said Badger.

"You are kind," said Martha Cobb.

"Not at all," said Badger, and he poked the fire. "I like company," he said.`,
			want: []attributed{
				{"Who is there?", "Badger", "cue-adjacent"},
				{"Come in out of the snow.", "Badger", "split-quote"},
				{"It is only me,", "Martha Cobb", "cue-adjacent"},
				{"Sit by the fire,", "Badger", "cue-adjacent"},
				{"You are kind,", "Martha Cobb", "cue-adjacent"},
				{"Not at all,", "Badger", "cue-adjacent"},
				{"I like company,", "Badger", "cue-adjacent"},
			},
			reason: `"the Badger" reads like an organisation, but a name that speech verbs make speak again and again is a person "he" can stand for`,
		},
		{
			name: "a boat is not a person",
			text: `Martha Cobb came down to the quay at dawn. The _Clara_ lay at anchor in the bay, and the _Clara_ was the fastest boat on the coast. The fishermen said that the old _Clara_ could outrun a gale.

"We sail within the hour," she said.`,
			want:   []attributed{{"We sail within the hour,", "Martha Cobb", "cue-adjacent"}},
			reason: `a name the text writes after "the" every time and never makes speak names a thing (a boat, an inn), not a woman "she" can stand for`,
		},
		{
			name: "a new person described, then he",
			text: `Walter Grey sat alone in the garden and drank his coffee. He had walked for an hour and he was tired. Presently a small boy came along the path. The child, who was thin for his years, had a sharp little face. He carried a long stick in his hand. In front of Walter Grey he stopped.

"Will you give me a penny?" he asked.`,
			want:   []attributed{{"Will you give me a penny?", "the child", "cue-adjacent"}},
			reason: `"he" after a sentence whose subject is a person just described is that person; a name in a phrase before the subject ("In front of Walter Grey he stopped") is not "he"`,
		},
		{
			name: "a description of a named character as the subject before",
			text: `Dr. Walter Grey looked up from his desk.

"Can you come to the house?" asked Tom Harker. "My wife is ill."

"Is it the fever?"

"It is," said Tom Harker. Tom Harker looked at the clock.

The doctor came back with his bag. He put on his coat. "All ready," he announced.`,
			want: []attributed{
				{"Can you come to the house?", "Tom Harker", "cue-adjacent"},
				{"My wife is ill.", "Tom Harker", "split-quote"},
				{"Is it the fever?", "Walter Grey", "conversation"},
				{"It is,", "Tom Harker", "cue-adjacent"},
				{"All ready,", "Walter Grey", "cue-adjacent"},
			},
			reason: `"he" after a sentence opened by a description of a named character ("The doctor", who is Dr. Grey) is that character`,
		},
		{
			name: "the one the narration follows, not a name on the side",
			text: `"Is the old mill yours?" asked Tom Harker.

"It was my father's," said Walter Grey.

The doctor stood by the window. He had seen Walter Grey's name on a cart in the lane, and he had asked about it at the inn.

"I meant no harm by it," said he.`,
			want: []attributed{
				{"Is the old mill yours?", "Tom Harker", "cue-adjacent"},
				{"It was my father's,", "Walter Grey", "cue-adjacent"},
				{"I meant no harm by it,", "the doctor", "cue-adjacent"},
			},
			reason: `"said he" opening the paragraph after narration whose every "he" is one man, the last one it mentions, is that man, not a name mentioned on the side`,
		},
		{
			name: "named in the narration right before the quotation",
			text: `"Shall we walk to the church?" asked Martha Cobb.

"If you like," said Anna Bell.

They set off across the green, and Martha Cobb said nothing for a long time. At the gate Anna Bell stopped; she wore an anxious look. "It is too dreadful," she said.`,
			want: []attributed{
				{"Shall we walk to the church?", "Martha Cobb", "cue-adjacent"},
				{"If you like,", "Anna Bell", "cue-adjacent"},
				{"It is too dreadful,", "Anna Bell", "cue-adjacent"},
			},
			reason: `"she said" after narration that names a woman just before the quotation is that woman, not the one the turn-taking expects`,
		},
		{
			name: "the doctor is the one called Dr.",
			text: `Dr. Edwin Pellow came at midnight, with his bag. Walter Grey met him at the door.

"Where is the child?" asked the doctor.`,
			want:   []attributed{{"Where is the child?", "Edwin Pellow", "cue-adjacent"}},
			reason: `"the doctor" is the character the text calls "Dr."`,
		},
		{
			name: "the clergyman is the parson met before",
			text: `An old parson rode up the lane on a brown cob and stopped by the gate.

"Good evening," said the parson.

Martha Cobb curtsied and said nothing.

"You will come to church on Sunday," said the clergyman.`,
			want: []attributed{
				{"Good evening,", "the parson", "cue-adjacent"},
				{"You will come to church on Sunday,", "the parson", "cue-adjacent"},
			},
			reason: `"clergyman" and "parson" name one calling: the later description is the character met before`,
		},
		{
			name: "a description that takes part in the conversation stays itself",
			text: `A small boy came along the path by the lake, dragging a stick behind him, and stopped before a bench.

"Will you give me an apple?" asked the child.

"You may take one," answered Walter Grey, who sat there with a basket.

"Are you a soldier?" the child asked.

"I was once," said Walter Grey.

The child climbed on the bench, and Walter Grey looked at the water and thought of the war.

"Here comes my sister!" cried the child.`,
			want: []attributed{
				{"Will you give me an apple?", "the child", "cue-adjacent"},
				{"You may take one,", "Walter Grey", "cue-adjacent"},
				{"Are you a soldier?", "the child", "cue-adjacent"},
				{"I was once,", "Walter Grey", "cue-adjacent"},
				{"Here comes my sister!", "the child", "cue-adjacent"},
			},
			reason: `"the child" already speaks in turn with the named man: the description is one of the two participants, not a second name for him`,
		},
		{
			name: "the person heard speaks",
			text: `Tom Weller went out of the room and waited on the landing. He heard Martha Cobb's voice.

"I cannot bear to think of it."`,
			want:   []attributed{{"I cannot bear to think of it.", "Martha Cobb", "action-beat"}},
			reason: `the narration before the line says who is heard: the one heard speaks, not the one listening`,
		},
		{
			name: "a character known by a calling stays itself",
			text: `The surgeon had been sitting by the fire. The surgeon rose and went to the bed, where the baby lay. They called the baby Peter Ashby.

"It is all over," said the surgeon at last.`,
			want:   []attributed{{"It is all over,", "the surgeon", "cue-adjacent"}},
			reason: `the narration has twice called this man "the surgeon": a character known by his calling is not a second name for the baby named just before`,
		},
		{
			name: "her mother when the daughter has no surname",
			text: `Mrs. Harlow sat sewing by the window, and her daughters were at their books.

"When is the ball to be?" asked Jane.

"To-morrow fortnight," said Clara.

"Then we have no time to lose," cried her mother.`,
			want: []attributed{
				{"When is the ball to be?", "Jane", "cue-adjacent"},
				{"To-morrow fortnight,", "Clara", "cue-adjacent"},
				{"Then we have no time to lose,", "Mrs. Harlow", "cue-adjacent"},
			},
			reason: `"her mother" of a girl known by her first name only is the "Mrs." the text named last`,
		},
		{
			name: "said to someone",
			text: `"The boat is ready," said Tom Harker.

"Then we sail at dawn," said Walter Grey.

"That must be it," said Tom Harker.

They sat down by the fire and thought for a long time.

"Suppose," he said to Tom Harker, "the wind turns?"`,
			want: []attributed{
				{"The boat is ready,", "Tom Harker", "cue-adjacent"},
				{"Then we sail at dawn,", "Walter Grey", "cue-adjacent"},
				{"That must be it,", "Tom Harker", "cue-adjacent"},
				{"Suppose,", "Walter Grey", "cue-adjacent"},
				{"the wind turns?", "Walter Grey", "cue-adjacent"},
			},
			reason: `the one a line is "said to" is not its speaker`,
		},
		{
			name: "the one spoken to in reported speech answers",
			text: `"Good morning," said Martha Cobb, and went on her way.

"Good morning," said Anna Bell, and she took Walter Grey into the old church. Walter Grey told her that he had business in town and must leave the next morning. "You don't mean to say you are going back already?" she asked.

"I am afraid I must."`,
			want: []attributed{
				{"Good morning,", "Martha Cobb", "cue-adjacent"},
				{"Good morning,", "Anna Bell", "cue-adjacent"},
				{"You don't mean to say you are going back already?", "Anna Bell", "cue-adjacent"},
				{"I am afraid I must.", "Walter Grey", "conversation"},
			},
			reason: `the one other person the speaker's paragraph names is the one she speaks to, who answers next`,
		},
		{
			name: "a name with a common noun",
			text: `Tiddly-Wink lived in a hole by the river. He was the smallest mole in the wood, and Tiddly-Wink was fond of worms.

"Good morning," said Wink Mole.`,
			want:   []attributed{{"Good morning,", "Tiddly-Wink", "cue-adjacent"}},
			reason: `a name followed by a word the text also writes in lower case ("Wink Mole") is a pet name of the character called "Wink" in a longer name`,
		},
	})
}

// A character named once by a longer form ("Henry Fenwick Wren") stays the
// character the text calls by one name: the long form joins it although a
// descriptive "a Foolish Wren" widened its words, and one use does not
// rename a character called "Wren" ten times and more.
func TestLongerNameJoinsCharacter(t *testing.T) {
	text := `The Wren lived in a beech tree, and a Foolish Wren he was called by the owls.

"Good morning," said Wren.

"Is it?" said Tobias.

"It is," said Wren. "I have looked."

"Then I shall get up," said Tobias.

"Do," said Wren. "I shall wait."

Wren waited. Wren sang. Wren counted the leaves, and Wren lost count.

Wren hopped. Wren preened. Wren dozed until noon.

"I shall call the nest Fenwick," said Tobias. "Henry Fenwick for short."

And just then Henry Fenwick fell out of the tree. Never had Henry Fenwick Wren flown so fast as he flew then.

"Help!" he cried.

"Hold on," said Tobias.`
	want := []attributed{
		{"Good morning,", "Wren", "cue-adjacent"},
		{"Is it?", "Tobias", "cue-adjacent"},
		{"It is,", "Wren", "cue-adjacent"},
		{"I have looked.", "Wren", "split-quote"},
		{"Then I shall get up,", "Tobias", "cue-adjacent"},
		{"Do,", "Wren", "cue-adjacent"},
		{"I shall wait.", "Wren", "split-quote"},
		{"I shall call the nest Fenwick,", "Tobias", "cue-adjacent"},
		{"Henry Fenwick for short.", "Tobias", "split-quote"},
		{"Help!", "Wren", "cue-adjacent"},
		{"Hold on,", "Tobias", "cue-adjacent"},
	}
	got := attribute(t, speaker.Options{Genre: speaker.GenreFiction}, text)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("a longer name used once joins the character and keeps its usual name (-want +got):\n%s", diff)
	}
}
