topic-mitid = { -mitid }
topic-mitid-summary = Log in safely, and learn to refuse fraud.
topic-digital-post = { -digital-post }
topic-digital-post-summary = Read and answer letters from public authorities.
topic-self-service = Self-service on { -borger-dk }
topic-self-service-summary = Report a move, and give a digital power of attorney.
topic-helping-others = Helping others
topic-helping-others-summary = What you may help with, and how.
