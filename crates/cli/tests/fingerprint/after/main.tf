# The table moved to the top; the bucket moved to s3.tf.

resource "aws_dynamodb_table" "sessions" {
  name = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key = "id"

  attribute {
    name = "id"
    type = "S"
  }
}
