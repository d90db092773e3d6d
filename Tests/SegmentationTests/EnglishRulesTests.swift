import Testing
@testable import Segmentation

@Suite struct EnglishRulesTests {
  @Test(arguments: [
    ("Mr. Smith met Dr. Watson at St. Michael's Church.", ["Mr. Smith met Dr. Watson at St. Michael's Church."]),
    ("He bought the house on Elm St. It was a bargain.", ["He bought the house on Elm St.", "It was a bargain."]),
    ("The company, Acme Inc., reported losses. Shares fell.", ["The company, Acme Inc., reported losses.", "Shares fell."]),
    ("He was born in Washington, D.C. He moved to N.Y. in 2001.", ["He was born in Washington, D.C.", "He moved to N.Y. in 2001."]),
    ("I work for the U.S. Government in Virginia.", ["I work for the U.S. Government in Virginia."]),
    ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
    ("I visited the U.S.A. last year.", ["I visited the U.S.A. last year."]),
    ("Bring fruit, e.g. apples, i.e. something sweet.", ["Bring fruit, e.g. apples, i.e. something sweet."]),
    ("E.g. apples are sweet.", ["E.g. apples are sweet."]),
    ("We met at 5 p.m. and left at 11 p.m. The night was long.",
     ["We met at 5 p.m. and left at 11 p.m.", "The night was long."]),
    ("See No. 5 on p. 55 now.", ["See No. 5 on p. 55 now."]),
    ("I said no. Then I left.", ["I said no.", "Then I left."]),
    ("Apples, pears, etc. They are all fruit.", ["Apples, pears, etc.", "They are all fruit."]),
    ("They closed the deal with Pitt, Briggs & Co. at noon.", ["They closed the deal with Pitt, Briggs & Co. at noon."]),
    ("They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
     ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]),
  ])
  func abbreviations(text: String, expected: [String]) throws {
    #expect(try split(text, "en") == expected)
  }

  @Test(arguments: [
    ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
    ("We make a good team, you and I. Did you see Albert I. Jones yesterday?",
     ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]),
    ("She has $100.00. It is in her bag.", ["She has $100.00.", "It is in her bag."]),
    ("He was born in 1990. London was grey.", ["He was born in 1990.", "London was grey."]),
    ("Her email is Jane.Doe@example.com. I sent her an email.", ["Her email is Jane.Doe@example.com.", "I sent her an email."]),
    ("Hello world.Today is Tuesday.Mr. Smith went home.", ["Hello world.", "Today is Tuesday.", "Mr. Smith went home."]),
    ("She works at Yahoo! in the accounting department.", ["She works at Yahoo! in the accounting department."]),
    ("I wasn’t really ... well, what I mean...see . . . the thing is . . . I didn’t mean it.",
     ["I wasn’t really ... well, what I mean...see . . . the thing is . . . I didn’t mean it."]),
    ("I never meant that.... She left the store.", ["I never meant that....", "She left the store."]),
    ("1.) The first item 2.) The second item", ["1.) The first item", "2.) The second item"]),
    ("⁃9. The first item ⁃10. The second item", ["⁃9. The first item", "⁃10. The second item"]),
    ("a. The first item b. The second item c. The third list item",
     ["a. The first item", "b. The second item", "c. The third list item"]),
    ("She turned to him, \"This is great.\" She held the book out.", ["She turned to him, \"This is great.\"", "She held the book out."]),
    ("She turned to him, 'This is great.' she said.", ["She turned to him, 'This is great.' she said."]),
  ])
  func initialsNumbersAddressesEllipsesListsQuotes(text: String, expected: [String]) throws {
    #expect(try split(text, "en") == expected)
  }
}
