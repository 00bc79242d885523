resource "aws_dynamodb_table" "orders_events" {
  name         = "orders-events-prod"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }

  point_in_time_recovery {
    enabled = false
  }
}
