package speaker_test

import "testing"

// TestPronounCueSubjects covers pronoun and description cues ("he said",
// "replied her mother") whose person the narration around them decides.
func TestPronounCueSubjects(t *testing.T) {
	runFictionCases(t, []fictionCase{
		{
			name: "the subject of a joined clause",
			text: `Walter Grey leaned on the fence beside the well, staring at the empty field, and Tom Harker paced slowly around him twice. A crow called from the elm.

"Where did your boots go?" he asked, puzzled.`,
			want:   []attributed{{"Where did your boots go?", "Tom Harker", "cue-adjacent"}},
			reason: `the name opening a clause after ", and" is a subject, as prominent as the sentence's first name: the latest subject is "he"`,
		},
		{
			name: "a name with 's is not the subject",
			text: `"Good evening," said Mrs. Dunmore.

"Good evening," said Anna Bell.

They decided that the painter would be invited to Mrs. Dunmore's dinner, and then Mrs. Lee rose to go. "We must catch the last tram," she said.`,
			want: []attributed{
				{"Good evening,", "Mrs. Dunmore", "cue-adjacent"},
				{"Good evening,", "Anna Bell", "cue-adjacent"},
				{"We must catch the last tram,", "Mrs. Lee", "cue-adjacent"},
			},
			reason: `"she" right after the narration is the woman it names as a subject, not the one whose dinner it mentions first`,
		},
		{
			name: "a possessive that lost its apostrophe",
			text: `Mrs. Vance sat in the hall with her daughter Nora and with Tom Harker.

"Will the girl travel by herself?" asked Tom Harker of Mrs. Vance.

"Certainly not; her cousin goes too," replied Nora s mother.`,
			want: []attributed{
				{"Will the girl travel by herself?", "Tom Harker", "cue-adjacent"},
				{"Certainly not; her cousin goes too,", "Mrs. Vance", "cue-adjacent"},
			},
			reason: `"Nora s mother" is "Nora's mother" in a text that lost its apostrophes: the speaker is the mother, not Nora`,
		},
		{
			name: "a name's mother",
			text: `Mrs. Vance sat in the hall with her daughter Nora and with Tom Harker.

"Shall we row across the lake?" asked Tom Harker, turning to Nora.

"She gets seasick in a rowing boat," replied Nora's mother.`,
			want: []attributed{
				{"Shall we row across the lake?", "Tom Harker", "cue-adjacent"},
				{"She gets seasick in a rowing boat,", "Mrs. Vance", "cue-adjacent"},
			},
			reason: `"Nora's mother" is the "Mrs." of Nora's family, not Nora, whom the question addressed`,
		},
		{
			name: "the subject of the narration just before",
			text: `Walter Grey and Tom Harker came down to the river at dusk.

"Is this the place you tied the raft?" asked Walter Grey.

"It is," said Tom Harker. Then he grinned and rubbed his hands.

"Still," he said, "the kettle will be boiling by now."`,
			want: []attributed{
				{"Is this the place you tied the raft?", "Walter Grey", "cue-adjacent"},
				{"It is,", "Tom Harker", "cue-adjacent"},
				{"Still,", "Tom Harker", "cue-adjacent"},
				{"the kettle will be boiling by now.", "Tom Harker", "cue-adjacent"},
			},
			reason: `"he said" right after a sentence whose subject is a named man is that man, though the turn-taking expects the other`,
		},
		{
			name: "my brother is not I",
			text: `Agnes and I were finishing our tea when Edmund Marsh came in and sat beside his wife.

"You waste every morning," said Agnes.

"I think," I answered.

"Thinking is not working," said Agnes.

"He was always like that as a boy," said my brother.`,
			want: []attributed{
				{"You waste every morning,", "Agnes", "cue-adjacent"},
				{"I think,", "Narrator", "cue-adjacent"},
				{"Thinking is not working,", "Agnes", "cue-adjacent"},
				{"He was always like that as a boy,", "Edmund Marsh", "cue-adjacent"},
			},
			reason: `"my brother" is not the narrator whom the turn-taking expects: a family noun never names its own owner`,
		},
		{
			name: "reported speech after a quotation",
			text: `Walter Grey said that he must sail on Tuesday. "Sail already? That cannot be true!" said Nora Vance. "What calls you home? Nobody waits for you there." The clerk conceded that nobody did.`,
			want: []attributed{
				{"Sail already? That cannot be true!", "Nora Vance", "cue-adjacent"},
				{"What calls you home? Nobody waits for you there.", "Nora Vance", "split-quote"},
			},
			reason: `"conceded that …" reports the clerk's words in the narrator's; it is not the cue of the quotation before it`,
		},
		{
			name: "turned to the one addressed",
			text: `Nora Vance and Walter Grey waited by the coach with the guide, Karl Brandt.

"The horses are ready, madam?" asked Karl Brandt.

Nora Vance turned to Walter Grey, smiling a little. "You are still coming?" she said.

"Nothing would keep me away!" he declared.`,
			want: []attributed{
				{"The horses are ready, madam?", "Karl Brandt", "cue-adjacent"},
				{"You are still coming?", "Nora Vance", "cue-adjacent"},
				{"Nothing would keep me away!", "Walter Grey", "cue-adjacent"},
			},
			reason: `she "turned to" Walter Grey: he is the one she addresses, and the one who answers, not the man who spoke last`,
		},
		{
			name: "he added",
			text: `Walter Grey and Tom Harker sat on the steps in the noon heat.

"Good morning," said Tom Harker.

"What madness, to swim at this time of day!" exclaimed Walter Grey. He had swum at sunrise himself. That was the reason the day felt so long to him.

"Your nose is as red as a beetroot," he added.`,
			want: []attributed{
				{"Good morning,", "Tom Harker", "cue-adjacent"},
				{"What madness, to swim at this time of day!", "Walter Grey", "cue-adjacent"},
				{"Your nose is as red as a beetroot,", "Walter Grey", "cue-adjacent"},
			},
			reason: `"he added" goes on from the last speaker, whom only narration has followed, instead of turning to the other`,
		},
		{
			name: "the subject of a gerund's own clause",
			text: `It was a still evening by the pond. Tom Harker was skimming flat stones across the water, and Nora Vance was pacing the bank and calling "Come away now, or we shall miss supper." Just then Walter Grey came down the lane.`,
			want: []attributed{
				{"Come away now, or we shall miss supper.", "Nora Vance", "cue-adjacent"},
			},
			reason: `"calling" goes with the clause it ends, whose subject is Nora Vance, not with the sentence's first name`,
		},
		{
			name: "it is no one",
			text: `Walter Grey, Karl Brandt and Tom Harker sat on the bench while Nora Vance read.

"A fine evening," said Karl Brandt.

"Is he always so quiet?" asked Tom Harker.

It seemed to Walter Grey that the question was meant for him. He put down his pipe and turned toward the girl. "We have only just met," he said.`,
			want: []attributed{
				{"A fine evening,", "Karl Brandt", "cue-adjacent"},
				{"Is he always so quiet?", "Tom Harker", "cue-adjacent"},
				{"We have only just met,", "Walter Grey", "cue-adjacent"},
			},
			reason: `the narration before "he said" names one man and follows him with "He"; its "It" stands for no one and does not make it name two`,
		},
	})
}
