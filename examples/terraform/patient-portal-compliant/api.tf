# --- API and function --------------------------------------------------------------

resource "aws_iam_role" "portal_function_role" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  managed_policy_arns = ["arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]

  inline_policy {
    name = "patient-data"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        { Effect = "Allow", Action = ["s3:GetObject", "s3:PutObject"], Resource = "${aws_s3_bucket.patient_documents.arn}/*" },
        { Effect = "Allow", Action = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"], Resource = aws_dynamodb_table.appointments.arn },
        { Effect = "Allow", Action = ["sqs:SendMessage"], Resource = aws_sqs_queue.reminder_queue.arn },
        { Effect = "Allow", Action = ["kms:Decrypt", "kms:GenerateDataKey"], Resource = aws_kms_key.data_key.arn },
      ]
    })
  }
}

resource "aws_lambda_function" "portal_function" {
  function_name = "patient-portal-${var.stage}"
  runtime       = "python3.12"
  handler       = "portal.handler"
  role          = aws_iam_role.portal_function_role.arn
  kms_key_arn   = aws_kms_key.data_key.arn
  s3_bucket     = "portal-artifacts-${data.aws_caller_identity.current.account_id}"
  s3_key        = "portal/build.zip"

  tracing_config {
    mode = "Active"
  }

  environment {
    variables = {
      DOCUMENTS_BUCKET   = aws_s3_bucket.patient_documents.id
      APPOINTMENTS_TABLE = aws_dynamodb_table.appointments.name
      REMINDER_QUEUE_URL = aws_sqs_queue.reminder_queue.id
    }
  }
}

resource "aws_api_gateway_rest_api" "portal_api" {
  name = "patient-portal-${var.stage}"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_resource" "appointments_resource" {
  rest_api_id = aws_api_gateway_rest_api.portal_api.id
  parent_id   = aws_api_gateway_rest_api.portal_api.root_resource_id
  path_part   = "appointments"
}

resource "aws_api_gateway_method" "appointments_method" {
  rest_api_id   = aws_api_gateway_rest_api.portal_api.id
  resource_id   = aws_api_gateway_resource.appointments_resource.id
  http_method   = "POST"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_integration" "appointments_method" {
  rest_api_id             = aws_api_gateway_rest_api.portal_api.id
  resource_id             = aws_api_gateway_resource.appointments_resource.id
  http_method             = aws_api_gateway_method.appointments_method.http_method
  type                    = "AWS_PROXY"
  integration_http_method = "POST"
  uri                     = aws_lambda_function.portal_function.invoke_arn
}

resource "aws_api_gateway_deployment" "portal_deployment" {
  rest_api_id = aws_api_gateway_rest_api.portal_api.id
  depends_on  = [aws_api_gateway_integration.appointments_method]
}

resource "aws_api_gateway_stage" "portal_stage" {
  rest_api_id          = aws_api_gateway_rest_api.portal_api.id
  deployment_id        = aws_api_gateway_deployment.portal_deployment.id
  stage_name           = var.stage
  xray_tracing_enabled = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_logs.arn
    format          = "$context.requestId $context.identity.sourceIp $context.httpMethod $context.resourcePath $context.status"
  }
}

resource "aws_api_gateway_method_settings" "portal_stage" {
  rest_api_id = aws_api_gateway_rest_api.portal_api.id
  stage_name  = aws_api_gateway_stage.portal_stage.stage_name
  method_path = "*/*"

  settings {
    logging_level      = "ERROR"
    data_trace_enabled = false
    metrics_enabled    = true
  }
}

resource "aws_lambda_permission" "portal_function_permission" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.portal_function.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_api_gateway_rest_api.portal_api.execution_arn}/*"
}
